using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class CommentPostingTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_first_comment_is_accepted_and_waits_for_moderation_out_of_sight()
    {
        using var reader = App.CreateClient();

        var submitted = await reader.PostCommentAsync("Thank you for step four.\nI started journaling again.");

        Assert.Equal("pending", submitted.Status);
        Assert.DoesNotContain(await reader.PublicCommentsAsync(), c => c.Id == submitted.Id);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var queued = await admin.QueuedAsync("pending", submitted.Id);
        Assert.Equal("Thank you for step four.\nI started journaling again.", queued.Body);
        Assert.Equal("sam@example.com", queued.Email);
    }

    [Fact]
    public async Task Once_approved_it_is_listed_with_its_line_breaks_and_without_the_email()
    {
        using var reader = App.CreateClient();
        var submitted = await reader.PostCommentAsync("First line.\nSecond line.", email: "private.sam@example.com");
        using var admin = await App.SignInAsync(DemoUser.Admin);

        await admin.DecideAsync(submitted.Id, "approve");

        var listed = Assert.Single(await reader.PublicCommentsAsync(), c => c.Id == submitted.Id);
        Assert.Equal("First line.\nSecond line.", listed.Body);
        var raw = await reader.GetStringAsync($"/api/articles/{CommunityApi.GuideSlug}/comments");
        Assert.DoesNotContain("private.sam@example.com", raw, StringComparison.Ordinal);
        var page = await reader.GetStringAsync(CommunityApi.GuidePath);
        Assert.DoesNotContain("private.sam@example.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("priya@example.com", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returning_commenter_with_a_clean_comment_is_published_at_once_and_raises_comment_approved()
    {
        await App.PostApprovedAsync("My first comment here.");
        using var reader = App.CreateClient();

        var second = await reader.PostCommentAsync("Back again: week three went better.", authorName: "SAM RIVERA", email: "Sam@Example.com");

        Assert.Equal("approved", second.Status);
        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == second.Id);
        var events = await App.OutboxEventsAsync(typeof(CommentApproved).FullName!);
        var approved = events.Single(e => e.GetProperty("commentId").GetGuid() == second.Id);
        Assert.Equal(CommunityApi.GuideSlug, approved.GetProperty("articleSlug").GetString());
        Assert.Equal(ArticleTests.GuideTitle, approved.GetProperty("articleTitle").GetString());
        Assert.Equal("SAM RIVERA", approved.GetProperty("authorName").GetString());
        Assert.Equal("Back again: week three went better.", approved.GetProperty("bodyExcerpt").GetString());
        Assert.Equal(JsonValueKind.Null, approved.GetProperty("parentId").ValueKind);
        Assert.True(approved.TryGetProperty("approvedAt", out _));
        Assert.False(approved.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task The_same_email_under_another_name_is_a_first_timer_again()
    {
        await App.PostApprovedAsync("My first comment here.");
        using var reader = App.CreateClient();

        var other = await reader.PostCommentAsync("Someone else with my address.", authorName: "Not Sam");

        Assert.Equal("pending", other.Status);
    }

    [Fact]
    public async Task A_reply_to_an_approved_comment_names_its_parent_once_approved()
    {
        var parent = await App.PostApprovedAsync("What helped you most in step two?");
        using var reader = App.CreateClient();

        var reply = await reader.PostCommentAsync("Setting a time to talk.", authorName: "Lee", email: "lee@example.com", parentId: parent);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        await admin.DecideAsync(reply.Id, "approve");

        var listed = Assert.Single(await reader.PublicCommentsAsync(), c => c.Id == reply.Id);
        Assert.Equal(parent, listed.ParentId);
        var events = await App.OutboxEventsAsync(typeof(CommentApproved).FullName!);
        Assert.Equal(parent, events.Single(e => e.GetProperty("commentId").GetGuid() == reply.Id).GetProperty("parentId").GetGuid());
    }

    [Fact]
    public async Task Replying_to_an_unknown_or_unapproved_comment_is_404()
    {
        using var reader = App.CreateClient();
        var pending = await reader.PostCommentAsync("Not approved yet.");

        using var unknown = await reader.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
            new { authorName = "Lee", email = "lee@example.com", body = "Reply.", parentId = Guid.NewGuid() });
        using var toPending = await reader.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
            new { authorName = "Lee", email = "lee@example.com", body = "Reply.", parentId = pending.Id });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toPending.StatusCode);
        Assert.Equal(404, (await toPending.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task Commenting_on_an_unknown_article_is_404()
    {
        using var reader = App.CreateClient();

        using var response = await reader.PostAsJsonAsync("/api/articles/no-such-article/comments",
            new { authorName = "Lee", email = "lee@example.com", body = "Hello." });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Theory]
    [InlineData("", "sam@example.com", "A fine comment.", "authorName")]
    [InlineData("   ", "sam@example.com", "A fine comment.", "authorName")]
    [InlineData("Sam", "", "A fine comment.", "email")]
    [InlineData("Sam", "not-an-email", "A fine comment.", "email")]
    [InlineData("Sam", "sam@example.com", "", "body")]
    [InlineData("Sam", "sam@example.com", " x ", "body")]
    public async Task Bad_input_is_a_400_naming_the_field(string authorName, string email, string body, string field)
    {
        using var reader = App.CreateClient();

        using var response = await reader.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments", new { authorName, email, body });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor(field));
    }

    [Fact]
    public async Task A_body_of_5000_characters_is_accepted_and_one_more_is_a_400()
    {
        using var reader = App.CreateClient();

        using var longest = await reader.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
            new { authorName = "Sam", email = "sam@example.com", body = string.Concat(Enumerable.Repeat("Healing ", 625)) });
        using var tooLong = await reader.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
            new { authorName = "Sam", email = "sam@example.com", body = new string('a', 2500) + " " + new string('b', 2500) });

        Assert.Equal(HttpStatusCode.Accepted, longest.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.NotEmpty((await tooLong.ReadProblemAsync()).ErrorsFor("body"));
    }

    [Fact]
    public async Task A_missing_body_is_a_400_naming_every_field()
    {
        using var reader = App.CreateClient();

        using var response = await reader.PostAsync($"/api/articles/{CommunityApi.GuideSlug}/comments", JsonContent.Create(new { }));

        var problem = await response.ReadProblemAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(problem.ErrorsFor("authorName"));
        Assert.NotEmpty(problem.ErrorsFor("email"));
        Assert.NotEmpty(problem.ErrorsFor("body"));
    }
}
