using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>Signing out and changing the password end every session: copied cookies and tokens included.</summary>
[Collection(AppCollection.Name)]
public sealed class RevocationTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Signing_out_revokes_a_copied_cookie_and_the_bearer_token()
    {
        using var browser = await App.SignInWithCookieAsync(DemoUser.Client);
        using var copy = App.CreateClient();
        copy.DefaultRequestHeaders.Add("Cookie", await SessionCookieAsync(DemoUser.Client));
        using var token = await App.SignInAsync(DemoUser.Client);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/me")).StatusCode);

        using var logout = await browser.PostAsync("/api/auth/logout", content: null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/client")).StatusCode);
        using var again = await App.SignInAsync(DemoUser.Client);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_revokes_earlier_cookies_and_tokens()
    {
        using var cookie = App.CreateClient();
        cookie.DefaultRequestHeaders.Add("Cookie", await SessionCookieAsync(DemoUser.Coach));
        using var token = await App.SignInAsync(DemoUser.Coach);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var coach = await users.FindByEmailAsync(DemoUser.Coach.Email);
            var changed = await users.ChangePasswordAsync(coach!, DemoUser.Password, "Brand-New-Secret-77");
            Assert.True(changed.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/clients")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_in_the_browser_keeps_that_browser_and_ends_every_other_session()
    {
        using var browser = await App.SignInWithCookieAsync(DemoUser.Coach);
        using var copy = App.CreateClient();
        copy.DefaultRequestHeaders.Add("Cookie", await SessionCookieAsync(DemoUser.Coach));
        using var token = await App.SignInAsync(DemoUser.Coach);

        using var changed = await browser.PutAsJsonAsync("/api/me/password", new { currentPassword = DemoUser.Password, newPassword = "Brand-New-Secret-77" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/clients")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_with_a_bearer_token_revokes_that_token_too()
    {
        using var token = await App.SignInAsync(DemoUser.Coach);

        using var changed = await token.PutAsJsonAsync("/api/me/password", new { currentPassword = DemoUser.Password, newPassword = "Brand-New-Secret-77" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
        using var anonymous = App.CreateClient();
        using var signIn = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Coach.Email, password = "Brand-New-Secret-77" });
        Assert.True(signIn.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_made_up_bearer_token_is_refused()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_read_a_moment_before_it_expires_is_refused_once_it_has()
    {
        using var client = App.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoUser.Coach.Email, password = DemoUser.Password });
        var token = await login.ReadJsonAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        // Read (and kept) two seconds before it expires, then asked again within the kept copy's lifetime.
        App.Clock.Advance(TimeSpan.FromSeconds(token.ExpiresIn - 2));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        App.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    private async Task<string> SessionCookieAsync(DemoUser user)
    {
        using var client = App.CreateClient();
        using var response = await client.PostAsync("/api/auth/login?useCookies=true",
            System.Net.Http.Json.JsonContent.Create(new { email = user.Email, password = DemoUser.Password }));
        return CookieOf(response) ?? throw new InvalidOperationException("No session cookie was set.");
    }

    private static string? CookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith("coaching.auth=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]).FirstOrDefault()
            : null;
}
