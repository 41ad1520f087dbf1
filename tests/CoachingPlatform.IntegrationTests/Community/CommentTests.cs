using System.Net;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class CommentTests(AppFixture app) : IntegrationTest(app)
{
    private const string CommentsPath = $"/api/articles/{ArticleTests.GuideSlug}/comments";

    [Fact]
    public async Task An_article_s_approved_comments_are_listed_oldest_first()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(CommentsPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var comments = await response.ReadJsonAsync<Published[]>();
        Assert.Equal(["Priya N.", "Morgan Reyes", "Daniel K.", "Amara"], comments.Select(c => c.AuthorName));
        Assert.Equal(comments.OrderBy(c => c.PostedAt).Select(c => c.Id), comments.Select(c => c.Id));
    }

    [Fact]
    public async Task A_comment_still_waiting_for_moderation_is_not_listed()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(CommentsPath);

        var comments = await response.ReadJsonAsync<Published[]>();
        Assert.DoesNotContain(comments, c => c.AuthorName == "Jordan");
        Assert.DoesNotContain(comments, c => c.Body.Contains("a year later", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_names_the_comment_it_answers()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(CommentsPath);

        var comments = await response.ReadJsonAsync<Published[]>();
        var priya = comments.Single(c => c.AuthorName == "Priya N.");
        var reply = comments.Single(c => c.AuthorName == "Morgan Reyes");
        Assert.Null(priya.ParentId);
        Assert.Equal(priya.Id, reply.ParentId);
    }

    [Fact]
    public async Task A_listed_comment_shows_what_readers_may_see_and_nothing_more()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(CommentsPath);

        var comment = (await response.ReadJsonAsync<JsonElement>()).EnumerateArray().First();
        Assert.Equal(
            ["authorName", "body", "id", "parentId", "postedAt"],
            comment.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.EndsWith("Z", comment.GetProperty("postedAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_line_breaks_of_a_comment_are_kept()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(CommentsPath);

        var amara = (await response.ReadJsonAsync<Published[]>()).Single(c => c.AuthorName == "Amara");
        Assert.EndsWith("but it works.\nThank you for this guide.", amara.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_are_paged_in_the_same_order()
    {
        using var client = App.CreateClient();

        using var first = await client.GetAsync($"{CommentsPath}?page=1&pageSize=2");
        using var second = await client.GetAsync($"{CommentsPath}?page=2&pageSize=2");
        using var third = await client.GetAsync($"{CommentsPath}?page=3&pageSize=2");

        Assert.Equal(["Priya N.", "Morgan Reyes"], (await first.ReadJsonAsync<Published[]>()).Select(c => c.AuthorName));
        Assert.Equal(["Daniel K.", "Amara"], (await second.ReadJsonAsync<Published[]>()).Select(c => c.AuthorName));
        Assert.Empty(await third.ReadJsonAsync<Published[]>());
    }

    [Theory]
    [InlineData(int.MaxValue, 200)]
    [InlineData(21_474_837, 200)]
    public async Task A_page_too_far_out_for_any_list_is_empty(int page, int pageSize)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"{CommentsPath}?page={page}&pageSize={pageSize}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.ReadJsonAsync<Published[]>());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Paging_outside_its_bounds_is_a_400_naming_the_parameter(string query, string field)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"{CommentsPath}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor(field));
    }

    [Fact]
    public async Task Comments_of_an_unknown_article_are_404()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/articles/no-such-article/comments");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    private sealed record Published(Guid Id, Guid? ParentId, string AuthorName, string Body, DateTimeOffset PostedAt);
}
