using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Sessions;

/// <summary>
/// Reading a bearer token means decrypting and verifying it with the data-protection key ring, on every
/// API request. A token read once is kept for <see cref="ViewCache.Lifetime"/> by the token itself, so a
/// burst of requests with one token decrypts it once; each request gets its own copy of the ticket. What
/// is kept is only what the token says: its expiry is still checked on every request by the bearer
/// handler, and its security stamp by <see cref="SecurityStampCheck"/>. A token that does not read is not
/// kept.
/// </summary>
internal sealed class KeptBearerTickets(ISecureDataFormat<AuthenticationTicket> inner, ViewCache cache) : ISecureDataFormat<AuthenticationTicket>
{
    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) =>
        protectedText is null || purpose is not null
            ? inner.Unprotect(protectedText, purpose)
            : cache.GetOrRead(new Token(protectedText), () => inner.Unprotect(protectedText))?.Clone();

    private sealed record Token(string Text);

    /// <summary>Runs after the bearer handler's own set-up has made its protector, and wraps it.</summary>
    internal sealed class Setup(ViewCache cache) : IPostConfigureOptions<BearerTokenOptions>
    {
        public void PostConfigure(string? name, BearerTokenOptions options) =>
            options.BearerTokenProtector = new KeptBearerTickets(options.BearerTokenProtector, cache);
    }
}
