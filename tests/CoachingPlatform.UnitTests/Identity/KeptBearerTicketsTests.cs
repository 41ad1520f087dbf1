using System.Security.Claims;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.UnitTests.Identity;

public sealed class KeptBearerTicketsTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly Counting inner = new(new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector("tests")));
    private readonly ViewCache cache;
    private readonly KeptBearerTickets tickets;

    public KeptBearerTicketsTests()
    {
        cache = new ViewCache(clock);
        tickets = new KeptBearerTickets(inner, cache);
    }

    public void Dispose() => cache.Dispose();

    [Fact]
    public void A_token_is_decrypted_once_while_kept_and_again_once_the_lifetime_has_passed()
    {
        var token = tickets.Protect(Ticket("sam"));

        var first = tickets.Unprotect(token);
        clock.Advance(ViewCache.Lifetime - TimeSpan.FromMilliseconds(1));
        var second = tickets.Unprotect(token);
        Assert.Equal(1, inner.Reads);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        tickets.Unprotect(token);
        Assert.Equal(2, inner.Reads);
        Assert.Equal("sam", first!.Principal.Identity!.Name);
        Assert.Equal("sam", second!.Principal.Identity!.Name);
        Assert.Equal(first.Properties.ExpiresUtc, second.Properties.ExpiresUtc);
    }

    [Fact]
    public void Every_read_gets_its_own_copy_of_the_ticket()
    {
        var token = tickets.Protect(Ticket("sam"));

        var first = tickets.Unprotect(token)!;
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim(ClaimTypes.Role, "admin"));
        first.Properties.Items["changed"] = "yes";
        var second = tickets.Unprotect(token)!;

        Assert.NotSame(first, second);
        Assert.False(second.Principal.IsInRole("admin"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
    }

    [Fact]
    public void A_token_that_does_not_read_is_not_kept_and_a_changed_token_is_not_served_from_the_kept_one()
    {
        var token = tickets.Protect(Ticket("sam"));
        Assert.NotNull(tickets.Unprotect(token));

        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        Assert.Null(tickets.Unprotect(tampered));
        Assert.Null(tickets.Unprotect(tampered));

        Assert.Equal(3, inner.Reads);
    }

    private static AuthenticationTicket Ticket(string name) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Bearer")),
            new AuthenticationProperties { ExpiresUtc = new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero) },
            "Bearer");

    private sealed class Counting(ISecureDataFormat<AuthenticationTicket> format) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => format.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => format.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return format.Unprotect(protectedText, purpose);
        }
    }
}
