using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
public sealed class WheelPageTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_home_page_and_the_navigation_link_to_the_wheel()
    {
        using var browser = App.CreateCookieClient();

        var home = await browser.PageAsync("/");

        Assert.Contains("data-testid=\"home-wheel\"", home, StringComparison.Ordinal);
        Assert.Contains("data-nav=\"wheel-of-life\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_lists_the_eight_areas_each_with_a_labelled_score_and_a_note()
    {
        using var browser = App.CreateCookieClient();

        var html = await browser.PageAsync("/wheel-of-life");

        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.All(AreaKeys, key =>
        {
            Assert.Contains($"<label for=\"score-{key}\">", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"Scores[{key}]\"", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"Notes[{key}]\"", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_visitor_posts_the_form_and_lands_on_the_result_with_the_drawing_table_and_subscribe_form()
    {
        using var browser = App.CreateCookieClient();

        var location = await browser.TakeWheelThroughFormAsync(Scores(6, ("career", 9), ("relationships", 2)), ("Notes[career]", "A new role since May"));
        var html = await browser.PageAsync(location);

        Assert.Matches("^/wheel-of-life/results/[0-9a-f-]{36}$", location);
        var id = location[(location.LastIndexOf('/') + 1)..];
        Assert.Contains($"src=\"/api/assessments/{id}/wheel.svg\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wheel-table\"", html, StringComparison.Ordinal);
        Assert.Contains("A new role since May", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"wheel-average\">5.9", html, StringComparison.Ordinal);
        Assert.Contains("<strong>lopsided</strong>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"subscribe-form\"", html, StringComparison.Ordinal);
        Assert.Contains("Sign in to keep this result", html, StringComparison.Ordinal);
        Assert.Contains("/wheel-of-life/claim?token=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "Enter a whole number from 1 to 10.")]
    [InlineData("11", "The score for Health must be from 1 to 10.")]
    [InlineData("", "Score Health from 1 to 10.")]
    public async Task A_bad_score_shows_the_form_again_with_the_error_at_its_area(string typed, string message)
    {
        using var browser = App.CreateCookieClient();
        var fields = WheelPages.ScoreFields(Scores(5)).Where(f => f.Key != "Scores[health]").Append(new("Scores[health]", typed));

        using var response = await browser.PostFormAsync("/wheel-of-life", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<p class=\"error\" id=\"error-health\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(message)}</p>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_client_s_form_result_goes_to_their_history()
    {
        using var browser = await App.SignInWithCookieAsync(DemoUser.Client);

        var location = await browser.TakeWheelThroughFormAsync(Scores(7));

        var history = await (await browser.GetAsync("/api/me/assessments")).ReadJsonAsync<List<HistoryEntry>>();
        Assert.Equal(location, $"/wheel-of-life/results/{Assert.Single(history).Id}");
    }

    [Fact]
    public async Task Someone_else_s_result_page_is_a_404()
    {
        using var client = await App.SignInAsPersonAsync(DemoUser.Client);
        var owned = await client.Api.TakeWheelAsync(Scores(6));
        using var stranger = App.CreateCookieClient();

        using var response = await stranger.GetAsync($"/wheel-of-life/results/{owned.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_subscribe_form_on_the_result_mails_a_confirmation_link()
    {
        using var browser = App.CreateCookieClient();
        var location = await browser.TakeWheelThroughFormAsync(Scores(6));

        using var response = await browser.PostFormAsync(location, [new("Subscription.Email", "reader@example.com"), new("Subscription.Frequency", "weekly")], "Subscribe");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = await App.Mail.WaitForAsync("reader@example.com");
        Assert.False(string.IsNullOrEmpty(mail.TokenFrom("/subscriptions/confirm")));
        Assert.Contains("Check your inbox", await browser.PageAsync(location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_subscription_address_is_shown_on_the_page()
    {
        using var browser = App.CreateCookieClient();
        var location = await browser.TakeWheelThroughFormAsync(Scores(6));

        using var response = await browser.PostFormAsync(location, [new("Subscription.Email", "not-an-address"), new("Subscription.Frequency", "weekly")], "Subscribe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email is not a valid email address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_set_on_the_result_page_is_kept_with_its_target()
    {
        using var browser = App.CreateCookieClient();
        var location = await browser.TakeWheelThroughFormAsync(Scores(6, ("health", 3)));

        using var response = await browser.PostFormAsync(location,
            [new("Goal.Area", "health"), new("Goal.Text", "Walk to work twice a week"), new("Goal.TargetScore", "6"), new("Goal.TargetDate", "2027-03-01")], "Goal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = await (await browser.GetAsync($"/api/assessments/{location[(location.LastIndexOf('/') + 1)..]}")).ReadJsonAsync<Result>();
        var goal = Assert.Single(result.Goals);
        Assert.Equal(("health", "Walk to work twice a week", 6, new DateOnly(2027, 3, 1)), (goal.Area, goal.Text, goal.TargetScore!.Value, goal.TargetDate!.Value));
    }

    [Fact]
    public async Task The_same_browser_keeps_its_anonymous_result_after_signing_in()
    {
        using var browser = App.CreateCookieClient();
        var location = await browser.TakeWheelThroughFormAsync(Scores(6));
        using var signIn = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = DemoUser.Client.Email, password = DemoUser.Password });

        Assert.Contains("data-testid=\"claim-submit\"", await browser.PageAsync(location), StringComparison.Ordinal);
        using var claimed = await browser.PostFormAsync(location, [], "Claim");

        Assert.Equal("/client/wheel", claimed.Headers.Location?.OriginalString);
        var history = await (await browser.GetAsync("/api/me/assessments")).ReadJsonAsync<List<HistoryEntry>>();
        Assert.Equal(location, $"/wheel-of-life/results/{Assert.Single(history).Id}");
    }

    [Fact]
    public async Task The_claim_link_keeps_the_result_for_the_client_who_follows_it()
    {
        using var visitor = App.CreateClient();
        var taken = await visitor.TakeWheelAsync(Scores(6));
        using var browser = await App.SignInWithCookieAsync(DemoUser.Client);
        var path = $"/wheel-of-life/claim?token={Uri.EscapeDataString(taken.ClaimToken!)}";

        using var claimed = await browser.PostFormAsync(path, [new("token", taken.ClaimToken!)]);
        using var again = await browser.PostFormAsync(path, [new("token", taken.ClaimToken!)]);

        Assert.Equal("/client/wheel", claimed.Headers.Location?.OriginalString);
        Assert.Equal(taken.Id, Assert.Single(await (await browser.GetAsync("/api/me/assessments")).ReadJsonAsync<List<HistoryEntry>>()).Id);
        Assert.Contains("already been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_claim_link_asks_a_visitor_to_sign_in_first()
    {
        using var browser = App.CreateCookieClient();

        var html = await browser.PageAsync("/wheel-of-life/claim?token=abc");

        Assert.Contains("/signin?ReturnUrl=%2Fwheel-of-life%2Fclaim%3Ftoken%3Dabc", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_and_coach_pages_show_the_wheel_sections()
    {
        using var client = await App.SignInWithCookieAsync(DemoUser.Client);
        using var coach = await App.SignInWithCookieAsync(DemoUser.Coach);
        using var clientPerson = await App.SignInAsPersonAsync(DemoUser.Client);

        var portal = await client.PageAsync("/client/wheel");
        var clientPage = await coach.PageAsync($"/coach/clients/{clientPerson.Id}");

        Assert.Contains("data-my-wheel", portal, StringComparison.Ordinal);
        Assert.Contains("data-client-wheel", clientPage, StringComparison.Ordinal);
    }

    public sealed record Result(Guid Id, IReadOnlyList<Goal> Goals);
}
