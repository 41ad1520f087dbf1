using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>
/// Failed sign-ins slow down further attempts (per address tried and per network address) with growing
/// waits, a 429 that says how long, and a mailed link that lets the owner in at once; never a hard lock.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SignInThrottleTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly object Wrong = new { email = DemoUser.Coach.Email, password = "Wrong-password-123" };
    private static readonly object Right = new { email = DemoUser.Coach.Email, password = DemoUser.Password };

    [Fact]
    public async Task Five_failures_make_the_next_attempt_wait_with_retry_after_and_the_wait_grows()
    {
        using var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", Wrong)).StatusCode);
        }

        using var blocked = await client.PostAsJsonAsync("/api/auth/login", Right);
        App.Clock.Advance(TimeSpan.FromSeconds(31));
        using var sixth = await client.PostAsJsonAsync("/api/auth/login", Wrong);
        using var blockedLonger = await client.PostAsJsonAsync("/api/auth/login", Right);
        App.Clock.Advance(TimeSpan.FromSeconds(61));
        using var owner = await client.PostAsJsonAsync("/api/auth/login", Right);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), blocked.Headers.RetryAfter?.Delta);
        Assert.Equal(429, (await blocked.ReadProblemAsync()).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, sixth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), blockedLonger.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task The_owner_is_mailed_once_and_the_link_lets_them_in_at_once()
    {
        using var client = App.CreateClient();
        for (var i = 0; i < 7; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", Wrong);
            App.Clock.Advance(TimeSpan.FromMinutes(16));
        }

        await client.PostAsJsonAsync("/api/auth/login", Wrong);
        var mail = await App.Mail.WaitForAsync(DemoUser.Coach.Email);
        using var browser = App.CreateCookieClient();
        using var unlocked = await browser.SubmitAsync($"/signin/unlock?token={Uri.EscapeDataString(mail.TokenFrom("/signin/unlock"))}",
            new Dictionary<string, string> { ["Token"] = mail.TokenFrom("/signin/unlock") });
        using var signedIn = await client.PostAsJsonAsync("/api/auth/login", Right);

        Assert.Single(App.Mail.To(DemoUser.Coach.Email));
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_is_slowed_down_exactly_like_a_known_one_and_nobody_is_mailed()
    {
        using var client = App.CreateClient();
        var unknown = new { email = "nobody.here@example.com", password = "Wrong-password-123" };
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", unknown);
        }

        using var blocked = await client.PostAsJsonAsync("/api/auth/login", unknown);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), blocked.Headers.RetryAfter?.Delta);
        Assert.Empty(App.Mail.All);
    }

    [Fact]
    public async Task One_network_address_trying_many_accounts_has_to_wait_too()
    {
        using var client = App.CreateClient();
        for (var i = 0; i < 30; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = $"person{i}@example.com", password = "Wrong-password-123" });
        }

        using var blocked = await client.PostAsJsonAsync("/api/auth/login", new { email = "someone.new@example.com", password = "Wrong-password-123" });

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_rate_limiter_429_carries_retry_after()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "1" });
        using var client = limited.CreateClient();

        await client.PostAsJsonAsync("/api/client-links/accept", new { token = "made-up" });
        using var limitedAnswer = await client.PostAsJsonAsync("/api/client-links/accept", new { token = "made-up" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limitedAnswer.StatusCode);
        Assert.True(limitedAnswer.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
