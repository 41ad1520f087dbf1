using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class ModerationTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_pending_queue_shows_the_comment_its_article_score_and_reasons()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        var pending = await admin.QueueAsync("pending");

        var jordan = Assert.Single(pending);
        Assert.Equal("Jordan", jordan.AuthorName);
        Assert.Equal(CommunityApi.GuideSlug, jordan.ArticleSlug);
        Assert.Equal(ArticleTests.GuideTitle, jordan.ArticleTitle);
        Assert.Equal("pending", jordan.Status);
        Assert.Equal(0, jordan.SpamScore);
        Assert.Empty(jordan.Reasons);
        Assert.NotEqual(Guid.Empty, jordan.Version);
    }

    [Fact]
    public async Task The_queue_read_before_a_comment_or_a_decision_is_not_served_after_it()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var jordan = Assert.Single(await admin.QueueAsync("pending"));

        var posted = await App.CreateClient().PostCommentAsync("Patience helped me more than anything.", "Robin", "robin@example.com");
        Assert.Equal([jordan.Id, posted.Id], (await admin.QueueAsync("pending")).Select(c => c.Id));

        await admin.DecideAsync(jordan.Id, "approve", jordan.Version);
        Assert.Equal([posted.Id], (await admin.QueueAsync("pending")).Select(c => c.Id));
    }

    [Fact]
    public async Task The_queue_never_says_whether_a_commenter_is_a_client()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        var item = (await (await admin.GetAsync("/api/moderation/comments?status=approved")).ReadJsonAsync<JsonElement>()).EnumerateArray().First();

        Assert.Equal(
            ["articleSlug", "articleTitle", "authorName", "body", "email", "id", "parentId", "postedAt", "reasons", "reportCount", "reportReasons", "spamScore", "status", "version"],
            item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Approving_publishes_the_comment_records_the_decision_and_raises_comment_approved()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var jordan = Assert.Single(await admin.QueueAsync("pending"));

        var decided = await admin.DecideAsync(jordan.Id, "approve", jordan.Version);

        Assert.Equal("approved", decided.Status);
        Assert.NotEqual(jordan.Version, decided.Version);
        Assert.Empty(await admin.QueueAsync("pending"));
        using var reader = App.CreateClient();
        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == jordan.Id);
        var history = await HistoryAsync(admin, jordan.Id);
        Assert.Equal(2, history.Length);
        Assert.Equal(new HistoryEntry("approved", "pending", "Alex Admin", history[1].At), history[1]);
        var approved = (await App.OutboxEventsAsync(typeof(CommentApproved).FullName!)).Single();
        Assert.Equal(jordan.Id, approved.GetProperty("commentId").GetGuid());
        Assert.Equal("Jordan", approved.GetProperty("authorName").GetString());
    }

    [Theory]
    [InlineData("reject", "rejected")]
    [InlineData("spam", "spam")]
    public async Task Rejecting_or_marking_as_spam_moves_the_comment_to_that_queue_and_raises_nothing(string decision, string status)
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var jordan = Assert.Single(await admin.QueueAsync("pending"));

        var decided = await admin.DecideAsync(jordan.Id, decision, jordan.Version);

        Assert.Equal(status, decided.Status);
        Assert.Contains(await admin.QueueAsync(status), i => i.Id == jordan.Id);
        Assert.Empty(await App.OutboxEventsAsync(typeof(CommentApproved).FullName!));
    }

    [Fact]
    public async Task Several_comments_are_decided_one_after_the_other_and_each_decision_is_recorded()
    {
        using var reader = App.CreateClient();
        var a = await reader.PostCommentAsync("First of several.", authorName: "A", email: "a@example.com");
        var b = await reader.PostCommentAsync("Second of several.", authorName: "B", email: "b@example.com");
        using var admin = await App.SignInAsync(DemoUser.Admin);

        foreach (var item in (await admin.QueueAsync("pending")).Where(i => i.Id == a.Id || i.Id == b.Id))
        {
            await admin.DecideAsync(item.Id, "approve", item.Version);
        }

        var published = await reader.PublicCommentsAsync();
        Assert.Contains(published, c => c.Id == a.Id);
        Assert.Contains(published, c => c.Id == b.Id);
        Assert.Equal("approved", (await HistoryAsync(admin, b.Id))[^1].Decision);
    }

    [Fact]
    public async Task A_decision_on_a_stale_version_is_409_with_the_current_state()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var jordan = Assert.Single(await admin.QueueAsync("pending"));
        var first = await admin.DecideAsync(jordan.Id, "approve", jordan.Version);

        using var stale = await admin.PostAsJsonAsync($"/api/moderation/comments/{jordan.Id}/decision", new { decision = "spam", version = jordan.Version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current");
        Assert.Equal(jordan.Id, current.GetProperty("id").GetGuid());
        Assert.Equal("approved", current.GetProperty("status").GetString());
        Assert.Equal(first.Version, current.GetProperty("version").GetGuid());
        Assert.Equal(2, (await HistoryAsync(admin, jordan.Id)).Length);
    }

    [Fact]
    public async Task Two_admins_deciding_the_same_comment_at_once_one_wins_and_the_other_gets_409_with_the_winner_s_state()
    {
        using var first = await App.SignInAsync(DemoUser.Admin);
        using var second = await App.SignInAsync(DemoUser.Admin);
        for (var round = 0; round < 5; round++)
        {
            using var reader = App.CreateClient();
            var posted = await reader.PostCommentAsync($"Race number {round}.", authorName: $"Racer {round}", email: $"racer{round}@example.com");
            var item = await first.QueuedAsync("pending", posted.Id);

            var answers = await Task.WhenAll(
                first.PostAsJsonAsync($"/api/moderation/comments/{item.Id}/decision", new { decision = "approve", version = item.Version }),
                second.PostAsJsonAsync($"/api/moderation/comments/{item.Id}/decision", new { decision = "spam", version = item.Version }));

            var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            var won = await winner.ReadJsonAsync<CommunityApi.Decided>();
            var current = (await loser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current");
            Assert.Equal(won.Status, current.GetProperty("status").GetString());
            Assert.Equal(won.Version, current.GetProperty("version").GetGuid());
            var history = await HistoryAsync(first, item.Id);
            Assert.Equal(2, history.Length);
            Assert.Equal(won.Status, history[1].Decision);
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_decision_without_a_version_is_taken_on_the_current_state()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var jordan = Assert.Single(await admin.QueueAsync("pending"));
        await admin.DecideAsync(jordan.Id, "reject");

        var revised = await admin.DecideAsync(jordan.Id, "approve");

        Assert.Equal("approved", revised.Status);
        var history = await HistoryAsync(admin, jordan.Id);
        Assert.Equal([("pending", (string?)null), ("rejected", "pending"), ("approved", "rejected")], history.Select(h => (h.Decision, h.From)));
    }

    [Theory]
    [InlineData("status=everything", "status")]
    [InlineData("status=pending&page=0", "page")]
    [InlineData("status=pending&pageSize=201", "pageSize")]
    public async Task A_bad_queue_query_is_a_400_naming_the_parameter(string query, string field)
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.GetAsync($"/api/moderation/comments?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor(field));
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_unknown_decision_is_a_400_naming_the_field(string? decision)
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var jordan = Assert.Single(await admin.QueueAsync("pending"));

        using var response = await admin.PostAsJsonAsync($"/api/moderation/comments/{jordan.Id}/decision", new { decision });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("decision"));
    }

    [Fact]
    public async Task Deciding_on_or_asking_the_history_of_an_unknown_comment_is_404()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var decision = await admin.PostAsJsonAsync($"/api/moderation/comments/{Guid.NewGuid()}/decision", new { decision = "approve" });
        using var history = await admin.GetAsync($"/api/moderation/comments/{Guid.NewGuid()}/history");

        Assert.Equal(HttpStatusCode.NotFound, decision.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
    }

    internal static async Task<HistoryEntry[]> HistoryAsync(HttpClient admin, Guid commentId) =>
        await (await admin.GetAsync($"/api/moderation/comments/{commentId}/history")).ReadJsonAsync<HistoryEntry[]>();

    public sealed record HistoryEntry(string Decision, string? From, string By, DateTimeOffset At);
}
