using System.Net;
using CoachingPlatform.Identity.Sessions;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>
/// Each node keeps the security stamp it last read for an account for <c>Sessions:StampCacheSeconds</c>. A
/// sign-out takes effect at once on the node that saved it, and on another node over the same database
/// once that node's copy is older than the setting.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class StampCacheTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_sign_out_ends_a_token_at_once_on_its_own_node_and_within_the_cache_seconds_on_another()
    {
        var seconds = new StampCacheOptions().StampCacheSeconds;
        await using var nodeB = App.CreateFactory(new Dictionary<string, string?> { ["App:NodeName"] = "node-b" });
        using var browserOnA = await App.SignInWithCookieAsync(DemoUser.Client);
        using var tokenOnA = await App.SignInAsync(DemoUser.Client);
        using var tokenOnB = await nodeB.CreateDefaultClient(App.BaseAddress).WithBearerTokenOfAsync(DemoUser.Client.Email, DemoUser.Password);
        Assert.Equal(HttpStatusCode.OK, (await tokenOnA.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tokenOnB.GetAsync("/api/me")).StatusCode);

        using var logout = await browserOnA.PostAsync("/api/auth/logout", content: null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenOnA.GetAsync("/api/me")).StatusCode);
        // Node B read the stamp before the sign-out and trusts its copy for the cache's seconds.
        App.Clock.Advance(TimeSpan.FromSeconds(seconds - 1));
        Assert.Equal(HttpStatusCode.OK, (await tokenOnB.GetAsync("/api/me")).StatusCode);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenOnB.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task With_no_cache_seconds_another_node_refuses_the_token_on_the_next_request()
    {
        await using var nodeB = App.CreateFactory(new Dictionary<string, string?> { ["App:NodeName"] = "node-b", ["Sessions:StampCacheSeconds"] = "0" });
        using var browserOnA = await App.SignInWithCookieAsync(DemoUser.Coach);
        using var tokenOnB = await nodeB.CreateDefaultClient(App.BaseAddress).WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        Assert.Equal(HttpStatusCode.OK, (await tokenOnB.GetAsync("/api/clients")).StatusCode);

        using var logout = await browserOnA.PostAsync("/api/auth/logout", content: null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenOnB.GetAsync("/api/clients")).StatusCode);
    }
}
