using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>
/// Cookie-signed state changes need the page's antiforgery token, and any state change from another
/// origin is refused; bearer-token calls are not affected.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossSiteRequestTests(AppFixture app) : IntegrationTest(app)
{
    /// <summary>Cookie-signed writes a forged page might try: complete a step, resolve a request, invite, sign out.</summary>
    public static TheoryData<string, string> Writes { get; } = new()
    {
        { "POST", "/api/me/wins" },
        { "PUT", "/api/me/gratitude/today" },
        { "POST", "/api/me/support-requests" },
        { "POST", "/api/auth/logout" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_cookie_signed_write_without_the_token_is_refused_and_changes_nothing(string method, string path)
    {
        using var client = await CookieClientWithoutTokenAsync(DemoUser.Client);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { text = "Forged", items = new[] { "a", "b", "c" } }) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, (await response.ReadProblemAsync()).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.DoesNotContain("Forged", await client.GetStringAsync("/api/me/timeline"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        using var victim = await CookieClientWithoutTokenAsync(DemoUser.Client);
        using var attacker = await App.SignInWithCookieAsync(DemoUser.Coach);
        victim.DefaultRequestHeaders.Add(PageTokens.HeaderName, attacker.DefaultRequestHeaders.GetValues(PageTokens.HeaderName).Single());

        using var response = await victim.PostAsJsonAsync("/api/me/wins", new { text = "Forged" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_cookie_signed_write_with_the_pages_token_goes_through()
    {
        using var client = await App.SignInWithCookieAsync(DemoUser.Client);

        using var response = await client.PostAsJsonAsync("/api/me/wins", new { text = "A calm talk" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost:5999")]
    [InlineData("https://localhost")]
    [InlineData("http://evil.test")]
    [InlineData("null")]
    public async Task A_write_from_another_origin_is_refused_even_with_the_token(string origin)
    {
        using var client = await App.SignInWithCookieAsync(DemoUser.Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/wins") { Content = JsonContent.Create(new { text = "Forged" }) };
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_posted_from_another_origin_is_refused()
    {
        using var client = App.CreateCookieClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login?useCookies=true")
        {
            Content = JsonContent.Create(new { email = DemoUser.Client.Email, password = DemoUser.Password }),
        };
        request.Headers.Add("Origin", "http://evil.test");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_page_form_without_its_token_is_refused()
    {
        using var client = App.CreateCookieClient();

        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoUser.Client.Email,
            ["Password"] = DemoUser.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("coaching.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bearer_token_calls_need_no_antiforgery_token_and_may_come_from_anywhere()
    {
        using var client = await App.SignInAsync(DemoUser.Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/wins") { Content = JsonContent.Create(new { text = "From the app" }) };
        request.Headers.Add("Origin", "http://mobile.app.test");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HttpClient> CookieClientWithoutTokenAsync(DemoUser user)
    {
        var client = App.CreateCookieClient();
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = user.Email, password = DemoUser.Password })).EnsureSuccessStatusCode();
        return client;
    }
}
