using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class ArticlePageTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_articles_page_lists_the_guide_with_its_excerpt_and_comment_count()
    {
        using var reader = App.CreateClient();

        var page = await reader.ReadAsync("/articles");

        Assert.Contains($"<a href=\"{CommunityApi.GuidePath}\">{ArticleTests.GuideTitle}</a>", page, StringComparison.Ordinal);
        Assert.Contains("4 comments", page, StringComparison.Ordinal);
        Assert.Contains("Trust is the cornerstone of any relationship.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_and_the_navigation_lead_to_the_articles()
    {
        using var reader = App.CreateClient();

        var home = await reader.ReadAsync("/");

        Assert.Contains("<a href=\"/articles\" data-nav=\"articles\">Articles</a>", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CommunityApi.GuidePath}\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guide_page_shows_the_guide_s_text_styled_and_nothing_of_the_copied_web_page()
    {
        using var reader = App.CreateClient();

        var page = await reader.ReadAsync(CommunityApi.GuidePath);

        Assert.Contains("<h2>Why Is Trust So Hard to Rebuild?</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h3>1. Acknowledge the Pain</h3>", page, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Am I ready to forgive?</li>", page, StringComparison.Ordinal);
        Assert.Contains("Share your experiences or questions in the comments below!", page, StringComparison.Ordinal);
        Assert.DoesNotContain("COPYRIGHT", page, StringComparison.Ordinal);
        Assert.DoesNotContain("nelitabehr.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Free Life Assesment Tool", page, StringComparison.Ordinal);
        Assert.Contains("Published <time", page, StringComparison.Ordinal);
        Assert.Contains(">2 weeks ago</time>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conversation_is_threaded_oldest_first_with_names_and_relative_dates_and_no_emails()
    {
        using var reader = App.CreateClient();
        var comments = await reader.PublicCommentsAsync();

        var page = await reader.ReadAsync(CommunityApi.GuidePath);

        Assert.Equal(comments.Select(c => (c.Id, c.ParentId is null ? 0 : 1)), ArticlePage.Comments(page));
        Assert.Contains("in reply to Priya N.", page, StringComparison.Ordinal);
        Assert.Contains(">1 week ago</time>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replies_indent_up_to_three_levels_and_then_stay_flat_under_their_parent()
    {
        var parent = await App.PostApprovedAsync("Level zero.");
        var ids = new List<Guid> { parent };
        for (var level = 1; level <= 4; level++)
        {
            ids.Add(await App.PostApprovedAsync($"Level {level}.", parentId: ids[^1]));
        }

        using var reader = App.CreateClient();
        var shown = ArticlePage.Comments(await reader.ReadAsync(CommunityApi.GuidePath));

        var thread = shown.SkipWhile(c => c.Id != parent).Take(5).ToList();
        Assert.Equal(ids, thread.Select(c => c.Id));
        Assert.Equal([0, 1, 2, 3, 3], thread.Select(c => c.Depth));
    }

    [Fact]
    public async Task The_page_shows_thirty_conversations_and_links_to_the_next_ones()
    {
        using var reader = App.CreateClient();
        var seeded = (await reader.PublicCommentsAsync()).Count(c => c.ParentId is null);
        var added = new List<Guid>();
        for (var i = 0; added.Count + seeded <= 30; i++)
        {
            App.Clock.Advance(TimeSpan.FromSeconds(1));
            added.Add(await App.PostApprovedAsync($"Conversation number {i}."));
        }

        var first = await reader.ReadAsync(CommunityApi.GuidePath);
        var second = await reader.ReadAsync($"{CommunityApi.GuidePath}?page=2");

        Assert.Equal(30, ArticlePage.Comments(first).Count(c => c.Depth == 0));
        Assert.Contains($"href=\"{CommunityApi.GuidePath}?page=2#comments\">Later conversations</a>", first, StringComparison.Ordinal);
        Assert.Equal([added[^1]], ArticlePage.Comments(second).Select(c => c.Id));
        Assert.Contains($"href=\"{CommunityApi.GuidePath}?page=1#comments\">Earlier conversations</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Later conversations", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_form_says_the_comment_awaits_moderation_and_it_waits_in_the_queue()
    {
        using var browser = App.CreateCookieClient();

        using var posted = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Step five is where I am.\nSlowly.");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Equal($"{CommunityApi.GuidePath}?submitted=pending#comment-status", location);
        var after = await browser.ReadAsync(location);
        Assert.Contains("Your comment awaits moderation", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Step five is where I am.", after, StringComparison.Ordinal);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var queued = Assert.Single(await admin.QueueAsync("pending"), i => i.AuthorName == "Robin");
        Assert.Equal("Step five is where I am.\nSlowly.", queued.Body);

        // The page was posted in the same instant it was opened: too fast for a person.
        Assert.Equal(["posted 0 s after opening the page"], queued.Reasons);
    }

    [Fact]
    public async Task A_reader_who_took_their_time_is_not_counted_as_too_fast()
    {
        using var browser = App.CreateCookieClient();

        using var posted = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Thoughtful words.", stamp: stamp =>
        {
            App.Clock.Advance(TimeSpan.FromSeconds(30));
            return stamp;
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Empty(Assert.Single(await admin.QueueAsync("pending"), i => i.AuthorName == "Robin").Reasons);
    }

    [Fact]
    public async Task A_forged_time_stamp_counts_as_posting_at_once()
    {
        using var browser = App.CreateCookieClient();

        using var posted = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Words.", stamp: _ => "forged");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Equal(["posted 0 s after opening the page"], Assert.Single(await admin.QueueAsync("pending"), i => i.AuthorName == "Robin").Reasons);
    }

    [Fact]
    public async Task A_filled_honeypot_in_the_form_sends_the_comment_to_spam_but_the_reader_sees_the_usual_confirmation()
    {
        using var robot = App.CreateCookieClient();

        using var posted = await robot.PostCommentFormAsync("Bot", "bot@example.com", "Great post.", website: "https://spam.example");

        Assert.Equal($"{CommunityApi.GuidePath}?submitted=pending#comment-status", posted.Headers.Location!.OriginalString);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Contains("filled the hidden field", Assert.Single(await admin.QueueAsync("spam")).Reasons);
    }

    [Fact]
    public async Task Invalid_input_comes_back_with_the_errors_and_what_was_typed()
    {
        using var browser = App.CreateCookieClient();

        using var posted = await browser.PostCommentFormAsync("Robin", "not-an-email", "x");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var page = await posted.Content.ReadAsStringAsync();
        Assert.Contains("This does not look like an email address.", page, StringComparison.Ordinal);
        Assert.Contains("A comment needs 2 to 5,000 characters.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Robin\"", page, StringComparison.Ordinal);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.DoesNotContain(await admin.QueueAsync("pending"), i => i.AuthorName == "Robin");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = App.CreateCookieClient();

        using var posted = await browser.PostAsync($"{CommunityApi.GuidePath}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.AuthorName"] = "Robin", ["Form.Email"] = "robin@example.com", ["Form.Body"] = "Hello there.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
    }

    [Fact]
    public async Task The_reply_link_opens_the_form_for_that_comment_and_the_approved_reply_appears_under_its_parent()
    {
        using var reader = App.CreateClient();
        var daniel = (await reader.PublicCommentsAsync()).Single(c => c.AuthorName == "Daniel K.");
        var page = await reader.ReadAsync(CommunityApi.GuidePath);
        Assert.Contains($"href=\"{CommunityApi.GuidePath}?replyTo={daniel.Id}#comment-form\"", page, StringComparison.Ordinal);

        using var browser = App.CreateCookieClient();
        var replyPath = $"{CommunityApi.GuidePath}?replyTo={daniel.Id}";
        Assert.Contains("Replying to <strong>Daniel K.</strong>", await browser.ReadAsync(replyPath), StringComparison.Ordinal);
        using var posted = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Same with my sister.", path: replyPath);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var reply = Assert.Single(await admin.QueueAsync("pending"), i => i.AuthorName == "Robin");
        Assert.Equal(daniel.Id, reply.ParentId);
        await admin.DecideAsync(reply.Id, "approve");

        var shown = ArticlePage.Comments(await reader.ReadAsync(CommunityApi.GuidePath));
        var at = shown.FindIndex(c => c.Id == daniel.Id);
        Assert.Equal((reply.Id, 1), shown[at + 1]);
    }

    [Fact]
    public async Task The_report_form_thanks_the_reader_and_the_report_reaches_the_moderators()
    {
        var id = await App.PostApprovedAsync("Reported from the page.");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        using var browser = App.CreateCookieClient();

        using var reported = await browser.PostReportFormAsync(id, "Off topic.");

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var location = reported.Headers.Location!.OriginalString;
        Assert.Equal($"{CommunityApi.GuidePath}?reported={id}#comment-{id}", location);
        Assert.Contains("A moderator will look at this comment.", await browser.ReadAsync(location), StringComparison.Ordinal);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Equal(["Off topic."], (await admin.QueuedAsync("reported", id)).ReportReasons);
    }

    [Fact]
    public async Task An_unknown_article_page_is_404()
    {
        using var reader = App.CreateClient();

        using var response = await reader.GetAsync("/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
