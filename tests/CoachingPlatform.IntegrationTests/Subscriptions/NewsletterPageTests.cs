using System.Net;
using System.Text.RegularExpressions;
using CoachingPlatform.IntegrationTests.Community;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>The newsletter's pages as a browser without scripts uses them.</summary>
[Collection(AppCollection.Name)]
public sealed partial class NewsletterPageTests(AppFixture app) : IntegrationTest(app)
{
    private const string Reader = "robin.lane@example.com";

    [Theory]
    [InlineData("/")]
    [InlineData(CommunityApi.GuidePath)]
    public async Task The_form_on_the_page_subscribes_and_the_confirm_page_confirms_with_a_click(string path)
    {
        using var browser = App.CreateCookieClient();
        var page = await browser.ReadAsync(path);

        // The form carries no antiforgery token: the page may come from the public page cache.
        Assert.DoesNotContain("__RequestVerificationToken", page, StringComparison.Ordinal);
        using var posted = await browser.PostAsync("/subscriptions/subscribe", new FormUrlEncodedContent(
            [new("email", Reader), new("frequency", "daily")]));
        var link = (await App.Mail.WaitForAsync(Reader)).LinkTo(Newsletter.ConfirmPath);
        var confirmPage = await browser.ReadAsync(link.PathAndQuery);
        var token = HiddenToken().Match(confirmPage).Groups[1].Value;
        using var confirmed = await browser.PostAsync(Newsletter.ConfirmPath, new FormUrlEncodedContent(
            [new("token", token), new("__RequestVerificationToken", Antiforgery(confirmPage))]));

        Assert.Contains("data-testid=\"subscribe-form\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("confirmation link is on its way", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("You are subscribed", confirmPage, StringComparison.Ordinal);
        Assert.Contains($"the daily digest will come to {Reader}", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_counts_subscribers_lists_runs_previews_and_runs_now()
    {
        await App.SubscribeConfirmedAsync(Reader);
        await App.SubscribeAsync("pending@example.com");
        await App.PublishArticleAsync("Counted edition");
        await App.RunDigestAsync();
        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);

        var page = await admin.ReadAsync("/admin/newsletter");
        using var run = await admin.PostAsync("/admin/newsletter?handler=Run", new FormUrlEncodedContent(
            [new("frequency", "weekly"), new("__RequestVerificationToken", Antiforgery(page))]));

        Assert.Matches(@"<td data-label=""Status"">subscribed</td><td data-label=""Frequency"">weekly</td><td data-label=""Paused"">no</td><td data-label=""Count"">1</td>", page);
        Assert.Matches(@"<td data-label=""Status"">pending</td>", page);
        Assert.Matches(@"<td data-label=""Recipients"">1</td>\s*<td data-label=""Sent"">1</td>\s*<td data-label=""Failed"">0</td>", page);
        Assert.Matches(@"<td data-label=""Duration"">[0-9.]+ s</td>", page);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        Assert.Contains("Counted edition", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
    }

    [Fact]
    public async Task While_a_run_is_going_the_admin_page_shows_its_progress_and_reloads_itself()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
            var run = DigestRun.Start(DigestFrequency.Weekly, "2026-W48", due: 10, App.Clock.GetUtcNow().UtcDateTime);
            run.Progress(mailed: 3, nothingNew: 1);
            db.DigestRuns.Add(run);
            await db.SaveChangesAsync();
        }

        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);
        var page = await admin.ReadAsync("/admin/newsletter");

        Assert.Contains("<progress max=\"10\" value=\"4\"", page, StringComparison.Ordinal);
        Assert.Contains("4 of 10", page, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_open_the_admin_page()
    {
        using var coach = await App.SignInWithCookieAsync(DemoUser.Coach);

        using var response = await coach.GetAsync("/admin/newsletter");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Antiforgery(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"token\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenToken();
}
