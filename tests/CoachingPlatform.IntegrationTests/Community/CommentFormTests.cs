using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>The article page's comment, reply and report forms, posted as a browser without scripts posts them.</summary>
[Collection(AppCollection.Name)]
public sealed class CommentFormTests(AppFixture app) : IntegrationTest(app)
{
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
    public async Task The_form_needs_no_antiforgery_token_but_a_post_from_another_site_is_refused()
    {
        using var browser = App.CreateCookieClient();
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"{CommunityApi.GuidePath}?handler=Comment")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.AuthorName"] = "Robin", ["Form.Email"] = "robin@example.com", ["Form.Body"] = "Hello there, this helped me.",
            }),
        };
        crossSite.Headers.Add("Origin", "https://elsewhere.example");

        using var refused = await browser.SendAsync(crossSite);
        using var posted = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Hello there, this helped me.");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        Assert.Single(await admin.QueueAsync("pending"), i => i.AuthorName == "Robin");
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
}
