using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Identity;

[Collection(AppCollection.Name)]
public sealed class CookieSessionTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Signing_in_with_cookies_sets_the_session_cookie_instead_of_returning_a_token()
    {
        using var client = App.CreateCookieClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = DemoUser.Client.Email, password = DemoUser.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("coaching.auth=", StringComparison.Ordinal));
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_cookie_session()
    {
        using var client = await App.SignInWithCookieAsync(DemoUser.Client);
        using var before = await client.GetAsync("/api/me");

        using var logout = await client.PostAsync("/api/auth/logout", content: null);
        using var after = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
