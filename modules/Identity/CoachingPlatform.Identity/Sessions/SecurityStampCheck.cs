using System.Security.Claims;
using CoachingPlatform.Identity.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Sessions;

/// <summary>
/// Every cookie and bearer token carries the account's security stamp from the moment it was issued.
/// Signing out and changing the password renew the stamp, so on the next request every earlier cookie or
/// token, copies included, is treated as no sign-in at all. The account's stamp is one primary-key read,
/// kept for a few seconds by <see cref="StampCache"/>, which forgets it the moment this node saves a change
/// to the account.
/// </summary>
internal sealed class SecurityStampCheck(RequestDelegate next, IOptions<IdentityOptions> identity, StampCache cache)
{
    public const string CookieName = "coaching.auth";

    // Compiled once: this runs on every signed-in request, so EF skips translating the query each time.
    private static readonly Func<IdentityDbContext, Guid, CancellationToken, Task<string?>> StampOf =
        EF.CompileAsyncQuery((IdentityDbContext db, Guid id, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault());

    public async Task InvokeAsync(HttpContext context)
    {
        // The context is asked for only when there is a stamp to check: an anonymous request makes none.
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !await IsCurrentAsync(user, context.RequestServices, context.RequestAborted))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (context.Request.Cookies.ContainsKey(CookieName))
            {
                context.Response.Cookies.Delete(CookieName);
            }
        }

        await next(context);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp is null || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return false;
        }

        // Only a match is taken from the cache: a stamp that differs is read again, since the cached one
        // may be the older of the two (the account signed in again on another node).
        if (cache.TryGet(id, out var known) && string.Equals(known, stamp, StringComparison.Ordinal))
        {
            return true;
        }

        var generation = cache.Generation;
        var current = await StampOf(services.GetRequiredService<IdentityDbContext>(), id, ct);
        if (current is not null)
        {
            cache.Keep(id, current, generation);
        }

        return string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
