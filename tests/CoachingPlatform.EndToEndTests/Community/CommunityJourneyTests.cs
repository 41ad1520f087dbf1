using CoachingPlatform.EndToEndTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Community;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CoachingPlatform.EndToEndTests.Community;

[Collection(BrowserCollection.Name)]
public sealed class CommunityJourneyTests(BrowserFixture browser) : JourneyTest(browser)
{
    private const string Comment = "Step three reminded me to go slowly.\nSmall steps, not leaps.";

    [Fact]
    public async Task A_visitor_comments_on_a_phone_an_admin_approves_it_in_the_queue_and_the_visitor_sees_it_published()
    {
        var visitor = Page;
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.GotoAsync("/");
        await visitor.GetByTestId("read-guide").ClickAsync();
        await Expect(visitor.GetByTestId("article-title")).ToHaveTextAsync(ArticleTests.GuideTitle);
        Assert.True(await FitsWidthAsync(visitor), "The article page scrolls sideways at 390 px.");

        var form = visitor.GetByTestId("comment-form");
        await form.GetByLabel("Your name").FillAsync("Robin Park");
        await form.GetByLabel("Your email").FillAsync("robin@example.com");
        await form.GetByLabel("Your comment").FillAsync(Comment);
        await form.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();

        await Expect(visitor.GetByTestId("comment-status")).ToContainTextAsync("awaits moderation");
        await Expect(visitor.GetByTestId("comment-body").Filter(new() { HasText = "Step three reminded me" })).ToHaveCountAsync(0);
        Assert.True(await FitsWidthAsync(visitor), "The confirmation scrolls sideways at 390 px.");

        var admin = await Browser.NewPageAsync();
        await SignInAsync(admin, DemoUser.Admin);
        await admin.GotoAsync("/admin/moderation");
        var item = admin.GetByTestId("moderation-item").Filter(new() { HasText = "Robin Park" });
        await Expect(item.GetByTestId("moderation-body")).ToHaveTextAsync(Comment);
        await Expect(item).ToContainTextAsync("robin@example.com");
        await Expect(item).ToContainTextAsync(ArticleTests.GuideTitle);
        await Expect(item.GetByTestId("spam-score")).ToContainTextAsync("Spam score");
        await item.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(admin.GetByTestId("moderation-notice")).ToHaveTextAsync("1 comment approved.");
        await Expect(item).ToHaveCountAsync(0);

        await visitor.ReloadAsync();
        var published = visitor.GetByTestId("comment").Filter(new() { HasText = "Step three reminded me" });
        await Expect(published.GetByTestId("comment-author")).ToHaveTextAsync("Robin Park");
        await Expect(published.GetByTestId("comment-body")).ToHaveTextAsync(Comment);
        await Expect(published.Locator("time")).ToHaveTextAsync("just now");
        Assert.True(await FitsWidthAsync(visitor), "The published comment scrolls sideways at 390 px.");
        await admin.Context.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_appears_under_its_parent_once_approved()
    {
        var visitor = Page;
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.GotoAsync(CommunityApi.GuidePath);
        var daniel = visitor.GetByTestId("comment").Filter(new() { HasText = "Daniel K." });
        await daniel.GetByTestId("reply-link").ClickAsync();
        await Expect(visitor.GetByTestId("replying-to")).ToContainTextAsync("Daniel K.");

        var form = visitor.GetByTestId("comment-form");
        await form.GetByLabel("Your name").FillAsync("Leland Fox");
        await form.GetByLabel("Your email").FillAsync("lee@example.com");
        await form.GetByLabel("Your comment").FillAsync("Same with my sister: small promises, every week.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(visitor.GetByTestId("comment-status")).ToContainTextAsync("awaits moderation");

        var admin = await Browser.NewPageAsync();
        await SignInAsync(admin, DemoUser.Admin);
        await admin.GotoAsync("/admin/moderation");
        var item = admin.GetByTestId("moderation-item").Filter(new() { HasText = "Leland Fox" });
        await item.FocusAsync();
        await admin.Keyboard.PressAsync("a");
        await Expect(admin.GetByTestId("moderation-notice")).ToHaveTextAsync("1 comment approved.");

        await visitor.ReloadAsync();
        var danielId = await visitor.GetByTestId("comment").Filter(new() { HasText = "The part about consistency" }).GetAttributeAsync("data-comment-id");
        var after = visitor.Locator($"[data-comment-id='{danielId}'] + [data-testid=comment]");
        await Expect(after.GetByTestId("comment-author")).ToHaveTextAsync("Leland Fox");
        await Expect(after).ToHaveAttributeAsync("data-depth", "1");
        await Expect(after).ToContainTextAsync("in reply to Daniel K.");
        await admin.Context.DisposeAsync();
    }

    [Fact]
    public async Task An_admin_decides_several_comments_at_once_and_sees_each_one_s_history()
    {
        using var reader = Browser.CreateClient();
        await reader.PostCommentAsync("First in the queue.", authorName: "Ana", email: "ana@example.com");
        await reader.PostCommentAsync("Second in the queue.", authorName: "Ben", email: "ben@example.com");
        await SignInAsync(Page, DemoUser.Admin);

        await Page.GotoAsync("/admin/moderation");
        await Expect(Page.GetByTestId("moderation-item")).ToHaveCountAsync(3);
        foreach (var name in new[] { "Ana", "Ben" })
        {
            await Page.GetByTestId("moderation-item").Filter(new() { HasText = $"{name}@example.com" }).FocusAsync();
            await Page.Keyboard.PressAsync("x");
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark selected as spam" }).ClickAsync();

        await Expect(Page.GetByTestId("moderation-notice")).ToHaveTextAsync("2 comments marked as spam.");
        await Expect(Page.GetByTestId("moderation-item")).ToHaveCountAsync(1);
        await Page.GetByTestId("moderation-item").FocusAsync();
        await Page.Keyboard.PressAsync("r");
        await Expect(Page.GetByTestId("moderation-notice")).ToHaveTextAsync("1 comment rejected.");
        await Expect(Page.GetByTestId("moderation-item")).ToHaveCountAsync(0);
        await Page.GetByTestId("queue-spam").ClickAsync();
        var ana = Page.GetByTestId("moderation-item").Filter(new() { HasText = "ana@example.com" });
        await ana.GetByText("Decisions so far").ClickAsync();
        await Expect(ana.GetByTestId("history").Locator("li")).ToHaveCountAsync(2);
        await Expect(ana.GetByTestId("history").Locator("li").Last).ToContainTextAsync("pending → spam, by Alex Admin");
    }

    [Fact]
    public async Task An_admin_writes_previews_and_publishes_an_article_that_readers_then_find()
    {
        await SignInAsync(Page, DemoUser.Admin);
        await Page.GotoAsync("/admin/articles");
        await Page.GetByTestId("article-title-input").FillAsync("Small Promises");
        await Page.GetByTestId("article-body-input").FillAsync("## Keep them\n\n- Say it.\n- Do it.\n\n> Trust is built in drops.");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = Page.FrameLocator("iframe[name=article-preview]");
        await Expect(preview.Locator("h2")).ToHaveTextAsync("Keep them");
        await Expect(preview.Locator("blockquote")).ToContainTextAsync("Trust is built in drops.");

        await Page.GetByTestId("article-published").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.Locator("[data-article-editor] .notice")).ToContainTextAsync("/articles/small-promises");

        await Page.GotoAsync("/articles");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Small Promises" }).ClickAsync();
        await Expect(Page.Locator(".prose li")).ToHaveCountAsync(2);
    }

    private async Task SignInAsync(IPage page, DemoUser user)
    {
        await page.GotoAsync("/signin");
        var form = page.Locator("form[data-sign-in]");
        await form.GetByLabel("Email").FillAsync(user.Email);
        await form.GetByLabel("Password").FillAsync(DemoUser.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url(user.Home));
    }

    private static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
