using System.Net.Http.Json;
using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Community;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Community;

/// <summary>
/// The XSS corpus, stored as names, comments and an article, shown to a real browser: every payload calls
/// alert, so any script that runs opens a dialog, which the page records.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    [Fact]
    public async Task No_payload_runs_on_the_article_page_the_articles_list_or_any_moderation_queue()
    {
        using var admin = await Browser.SignInAsync(DemoUser.Admin);
        var approved = XssCorpus.Payloads.Take(XssCorpus.Payloads.Count / 2).ToList();
        var pending = XssCorpus.Payloads.Skip(approved.Count).ToList();
        foreach (var payload in approved)
        {
            await Browser.PostApprovedAsync(payload, authorName: Name(payload), email: "xss@example.com");
        }

        using var reader = Browser.CreateClient();
        foreach (var payload in pending)
        {
            await reader.PostCommentAsync(payload, authorName: Name(payload), email: $"xss{pending.IndexOf(payload)}@other.example");
        }

        using var created = await admin.PostAsJsonAsync("/api/articles", new { title = "<img src=x onerror=alert('title')> Trust", body = string.Join("\n\n", XssCorpus.Payloads) });
        created.EnsureSuccessStatusCode();
        var slug = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("slug").GetString();

        var dialogs = new List<string>();
        Page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await Page.GotoAsync(CommunityApi.GuidePath);
        await Expect(Page.GetByTestId("comment-body").Filter(new() { HasText = approved[0] })).ToBeVisibleAsync();
        await Page.GotoAsync($"/articles/{slug}");
        await Expect(Page.GetByTestId("article-title")).ToContainTextAsync("onerror=alert('title')");
        await Page.GotoAsync("/articles");
        await Expect(Page.GetByTestId("article-summary")).ToHaveCountAsync(2);

        await SignInAsync(DemoUser.Admin);
        foreach (var queue in new[] { "approved", "pending" })
        {
            await Page.GotoAsync($"/admin/moderation?status={queue}");
            var expected = queue == "approved" ? approved[^1] : pending[^1];
            await Expect(Page.GetByTestId("moderation-body").Filter(new() { HasText = expected })).ToBeVisibleAsync();
            foreach (var history in await Page.GetByText("Decisions so far").AllAsync())
            {
                await history.ClickAsync();
            }
        }

        await Page.GotoAsync("/admin/articles");
        await Page.GetByRole(AriaRole.Button, new() { Name = "<img src=x onerror=alert('title')> Trust" }).ClickAsync();
        await Expect(Page.GetByTestId("article-title-input")).ToHaveValueAsync("<img src=x onerror=alert('title')> Trust");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(Page.FrameLocator("iframe[name=article-preview]").GetByTestId("preview")).ToContainTextAsync("alert('xss-21')");

        // Give any late handler (onload, onfocus, ontoggle) its chance before looking.
        await Page.WaitForTimeoutAsync(500);
        Assert.Empty(dialogs);
    }

    private static string Name(string payload) => payload.Length > 80 ? payload[..80] : payload;

    private async Task SignInAsync(DemoUser user)
    {
        await Page.GotoAsync("/signin");
        var form = Page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(user.Email);
        await form.GetByLabel("Password").FillAsync(DemoUser.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url(user.Home));
    }
}
