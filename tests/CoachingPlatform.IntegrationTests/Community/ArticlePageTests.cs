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
    public async Task An_unknown_article_page_is_404()
    {
        using var reader = App.CreateClient();

        using var response = await reader.GetAsync("/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
