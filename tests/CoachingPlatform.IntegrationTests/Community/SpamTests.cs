using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class SpamTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_filled_honeypot_goes_to_spam_with_its_reason_and_the_poster_is_told_pending()
    {
        using var robot = App.CreateClient();

        var submitted = await robot.PostCommentAsync("Nice article, thanks.", authorName: "Bot", email: "bot@example.com", website: "http://spam.example");

        Assert.Equal("pending", submitted.Status);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var spam = await admin.QueuedAsync("spam", submitted.Id);
        Assert.Contains("filled the hidden field", spam.Reasons);
        Assert.True(spam.SpamScore >= 10);
        Assert.DoesNotContain(await admin.QueueAsync("pending"), item => item.Id == submitted.Id);
    }

    [Fact]
    public async Task Blocked_domains_and_words_come_from_configuration()
    {
        await using var configured = App.CreateFactory(new Dictionary<string, string?>
        {
            ["Community:BlockedDomains:0"] = "casino.example",
            ["Community:BlockedWords:0"] = "jackpot",
        });
        using var robot = configured.CreateClient();

        using var posted = await robot.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
            new { authorName = "Lucky", email = "lucky@example.com", body = "Win the JACKPOT at https://casino.example/spin" });
        var submitted = await posted.ReadJsonAsync<CommunityApi.Submitted>();

        using var admin = await App.SignInAsync(DemoUser.Admin);
        var spam = await admin.QueuedAsync("spam", submitted.Id);
        Assert.Equal(["1 link", "blocked domain casino.example", "blocked word \"jackpot\""], spam.Reasons);
        Assert.Equal(18, spam.SpamScore);
    }

    [Fact]
    public async Task Links_and_a_repeated_comment_raise_the_score_but_leave_it_for_a_moderator()
    {
        using var reader = App.CreateClient();
        await reader.PostCommentAsync("Same words twice.", authorName: "First");

        var repeated = await reader.PostCommentAsync("Same words twice.", authorName: "Second", email: "second@example.com");
        var linked = await reader.PostCommentAsync("Two resources: https://a.example and https://b.example", authorName: "Third", email: "third@example.com");

        using var admin = await App.SignInAsync(DemoUser.Admin);
        var pending = await admin.QueueAsync("pending");
        Assert.Equal(["repeats an earlier comment"], pending.Single(i => i.Id == repeated.Id).Reasons);
        var links = pending.Single(i => i.Id == linked.Id);
        Assert.Equal(["2 links"], links.Reasons);
        Assert.Equal(4, links.SpamScore);
    }

    [Fact]
    public async Task A_returning_commenter_with_too_many_links_waits_for_a_moderator()
    {
        await App.PostApprovedAsync("My first comment here.");
        using var reader = App.CreateClient();

        var linked = await reader.PostCommentAsync("See https://a.example and https://b.example");

        Assert.Equal("pending", linked.Status);
    }

    [Fact]
    public async Task A_flood_from_one_address_is_caught_from_the_limit_on()
    {
        await using var strict = App.CreateFactory(new Dictionary<string, string?> { ["Community:FloodLimit"] = "2" });
        using var robot = strict.CreateClient();
        var bodies = new[] { "One thought on trust.", "Another thought on healing.", "A third thought on patience." };
        var ids = new List<Guid>();
        foreach (var body in bodies)
        {
            using var posted = await robot.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
                new { authorName = "Quick", email = "quick@example.com", body });
            ids.Add((await posted.ReadJsonAsync<CommunityApi.Submitted>()).Id);
        }

        using var admin = await App.SignInAsync(DemoUser.Admin);
        var pending = await admin.QueueAsync("pending");
        Assert.Empty(pending.Single(i => i.Id == ids[1]).Reasons);
        Assert.Equal(["2 other comments from the same address in 10 minutes"], pending.Single(i => i.Id == ids[2]).Reasons);
    }

    [Fact]
    public async Task Every_new_comment_starts_its_history_with_the_spam_filter_s_screening()
    {
        using var reader = App.CreateClient();
        var submitted = await reader.PostCommentAsync("A first comment.");
        using var admin = await App.SignInAsync(DemoUser.Admin);

        var history = await (await admin.GetAsync($"/api/moderation/comments/{submitted.Id}/history")).ReadJsonAsync<ModerationTests.HistoryEntry[]>();

        var screening = Assert.Single(history);
        Assert.Equal("pending", screening.Decision);
        Assert.Null(screening.From);
        Assert.Equal("spam filter", screening.By);
    }
}
