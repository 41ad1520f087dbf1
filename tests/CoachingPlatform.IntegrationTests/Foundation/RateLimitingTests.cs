using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.AnyDatabase)]
public sealed class RateLimitingTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_a_429_problem()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "2" });
        using var client = limited.CreateClient();
        var attempt = new { email = "nobody@example.com", password = "Wrong-password-1" };

        using var first = await client.PostAsJsonAsync("/api/auth/login", attempt);
        using var second = await client.PostAsJsonAsync("/api/auth/login", attempt);
        using var third = await client.PostAsJsonAsync("/api/auth/login", attempt);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var problem = await third.ReadProblemAsync();
        Assert.Equal(429, problem.Status);
    }

    [Fact]
    public async Task Accepting_invitations_is_rate_limited()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "1" });
        using var client = limited.CreateClient();
        var attempt = new { token = "made-up-token", password = "Steady-Steps-42!" };

        using var first = await client.PostAsJsonAsync("/api/auth/accept-invitation", attempt);
        using var second = await client.PostAsJsonAsync("/api/auth/accept-invitation", attempt);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(429, (await second.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task Each_public_write_has_its_own_budget()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "1" });
        using var client = limited.CreateClient();

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "Wrong-password-1" });
        using var accept = await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token = "made-up-token", password = "Steady-Steps-42!" });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, accept.StatusCode);
    }
}
