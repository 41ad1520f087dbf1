using System.Net;
using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class ArticleTests(AppFixture app) : IntegrationTest(app)
{
    public const string GuideSlug = "rebuilding-trust-after-a-breakup-or-betrayal-steps-to-heal-and-grow";
    public const string GuideTitle = "Rebuilding Trust After a Breakup or Betrayal: Steps to Heal and Grow";

    [Fact]
    public async Task The_article_list_shows_the_seeded_guide_with_its_approved_comment_count()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = Assert.Single((await response.ReadJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(GuideSlug, article.GetProperty("slug").GetString());
        Assert.Equal(GuideTitle, article.GetProperty("title").GetString());
        Assert.EndsWith("Z", article.GetProperty("publishedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, article.GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task An_article_reads_by_its_slug()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"/api/articles/{GuideSlug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await response.ReadJsonAsync<JsonElement>();
        Assert.Equal(GuideSlug, article.GetProperty("slug").GetString());
        Assert.Equal(GuideTitle, article.GetProperty("title").GetString());
        Assert.StartsWith("Trust is the cornerstone of any relationship.\n\n", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.True(article.GetProperty("publishedAt").TryGetDateTimeOffset(out var publishedAt));
        Assert.Equal(TimeSpan.Zero, publishedAt.Offset);
    }

    [Fact]
    public async Task The_listed_and_the_read_article_agree()
    {
        using var client = App.CreateClient();

        var listed = Assert.Single(await (await client.GetAsync("/api/articles")).ReadJsonAsync<Summary[]>());
        var read = await (await client.GetAsync($"/api/articles/{listed.Slug}")).ReadJsonAsync<Details>();

        Assert.Equal(listed.Title, read.Title);
        Assert.Equal(listed.PublishedAt, read.PublishedAt);
    }

    [Fact]
    public async Task An_unknown_slug_is_404()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task A_page_past_the_last_article_is_empty()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/articles?page=2&pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.ReadJsonAsync<Summary[]>());
    }

    [Theory]
    [InlineData(int.MaxValue, 100)]
    [InlineData(42_949_673, 100)]
    public async Task A_page_too_far_out_for_any_list_is_empty(int page, int pageSize)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"/api/articles?page={page}&pageSize={pageSize}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.ReadJsonAsync<Summary[]>());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Paging_outside_its_bounds_is_a_400_naming_the_parameter(string query, string field)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync($"/api/articles?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor(field));
    }

    [Fact]
    public async Task The_largest_page_size_is_accepted()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/api/articles?page=1&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await response.ReadJsonAsync<Summary[]>());
    }

    [Fact]
    public async Task Seeding_again_publishes_nothing_twice()
    {
        using var client = App.CreateClient();

        await App.Services.InitializeModulesAsync();
        using var response = await client.GetAsync("/api/articles");

        var article = Assert.Single(await response.ReadJsonAsync<Summary[]>());
        Assert.Equal(4, article.CommentCount);
    }

    private sealed record Summary(string Slug, string Title, DateTimeOffset PublishedAt, int CommentCount);

    private sealed record Details(string Slug, string Title, string Body, DateTimeOffset PublishedAt);
}
