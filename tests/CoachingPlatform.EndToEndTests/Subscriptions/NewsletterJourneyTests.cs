using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Community;
using CoachingPlatform.IntegrationTests.Subscriptions;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Subscriptions;

[Collection(BrowserCollection.Name)]
public sealed class NewsletterJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    private const string Reader = "robin.lane@example.com";

    [Fact]
    public async Task A_reader_on_a_phone_without_scripts_subscribes_under_an_article_confirms_from_the_mail_changes_frequency_and_unsubscribes_in_one_click()
    {
        // A browser with JavaScript off, at 390 px: every step must work as plain pages and form posts.
        var context = await Page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Browser.BaseAddress.ToString(),
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var reader = await context.NewPageAsync();

        await reader.GotoAsync(CommunityApi.GuidePath);
        var form = reader.GetByTestId("subscribe-form");
        await form.GetByLabel("Your email").FillAsync(Reader);
        await form.GetByLabel("Daily").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(reader.GetByTestId("subscribe-status")).ToContainTextAsync("a mail with a confirmation link is on its way");
        Assert.True(await FitsWidthAsync(reader), "The subscribe answer scrolls sideways at 390 px.");

        var confirmation = await Browser.Mail.WaitForAsync(Reader);
        await reader.GotoAsync(confirmation.LinkTo(Newsletter.ConfirmPath).ToString());
        await reader.GetByTestId("confirm-button").ClickAsync();
        await Expect(reader.GetByTestId("confirm-status")).ToHaveTextAsync($"You are subscribed: the daily digest will come to {Reader}.");
        Assert.True(await FitsWidthAsync(reader), "The confirm page scrolls sideways at 390 px.");

        await Browser.PublishArticleAsync("Small Promises, Kept");
        Browser.Mail.Clear();
        await Browser.RunDigestAsync("daily");
        var digest = Assert.Single(Browser.DigestsTo(Reader));
        await reader.GotoAsync(digest.LinkTo(Newsletter.PreferencesPath).ToString());
        await Expect(reader.GetByTestId("preferences-email")).ToHaveTextAsync(Reader);
        await reader.GetByLabel("Weekly").CheckAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Save preferences" }).ClickAsync();
        await Expect(reader.GetByTestId("preferences-status")).ToHaveTextAsync("Saved.");
        await Expect(reader.GetByLabel("Weekly")).ToBeCheckedAsync();
        Assert.True(await FitsWidthAsync(reader), "The preferences page scrolls sideways at 390 px.");

        await reader.GetByTestId("unsubscribe-button").ClickAsync();
        await Expect(reader.GetByTestId("unsubscribed")).ToBeVisibleAsync();
        await Expect(reader.GetByTestId("preferences-status")).ToHaveTextAsync("You are unsubscribed. No more digests will come.");
        Assert.True(await FitsWidthAsync(reader), "The unsubscribed page scrolls sideways at 390 px.");
        await context.DisposeAsync();
    }

    private static async Task<bool> FitsWidthAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
