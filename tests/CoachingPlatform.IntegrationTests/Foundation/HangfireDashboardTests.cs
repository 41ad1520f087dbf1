using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class HangfireDashboardTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = App.CreateCookieClient();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", PathOf(response.Headers.Location));
    }

    [Fact]
    public async Task A_coach_is_turned_away()
    {
        using var client = await App.SignInWithCookieAsync(DemoUser.Coach);

        using var response = await client.GetAsync("/hangfire");

        var deniedByRedirect = response.StatusCode == HttpStatusCode.Redirect && PathOf(response.Headers.Location) == "/denied";
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || deniedByRedirect,
            $"Expected 403 or a redirect to /denied, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard()
    {
        using var client = await App.SignInWithCookieAsync(DemoUser.Admin);

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CoachingPlatform jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? PathOf(Uri? location) =>
        location is null ? null : (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).AbsolutePath;
}
