using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
public sealed class AuthoringTests(AppFixture app) : IntegrationTest(app)
{
    private const string Body = "## Keep small promises\n\n- Say what you will do.\n- Do it.\n\n> Trust is built in drops.";

    [Fact]
    public async Task An_admin_publishes_an_article_at_once_under_the_slug_of_its_title_and_it_raises_article_published()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var created = await admin.PostAsJsonAsync("/api/articles", new { title = "Small Promises, Kept!", body = Body });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/articles/small-promises-kept", created.Headers.Location?.OriginalString);
        Assert.Equal("small-promises-kept", (await created.ReadJsonAsync<JsonElement>()).GetProperty("slug").GetString());
        using var reader = App.CreateClient();
        var listed = await (await reader.GetAsync("/api/articles")).ReadJsonAsync<JsonElement>();
        Assert.Equal("small-promises-kept", listed[0].GetProperty("slug").GetString());
        var article = await (await reader.GetAsync("/api/articles/small-promises-kept")).ReadJsonAsync<JsonElement>();
        Assert.Equal(Body, article.GetProperty("body").GetString());
        Assert.Contains("<h2>Keep small promises</h2>", article.GetProperty("html").GetString(), StringComparison.Ordinal);
        var published = Assert.Single(await App.OutboxEventsAsync(typeof(ArticlePublished).FullName!));
        Assert.Equal("small-promises-kept", published.GetProperty("slug").GetString());
        Assert.Equal("Small Promises, Kept!", published.GetProperty("title").GetString());
        Assert.Equal("Keep small promises Say what you will do. Do it. Trust is built in drops.", published.GetProperty("excerpt").GetString());
        Assert.True(published.TryGetProperty("publishedAt", out _));
    }

    [Fact]
    public async Task A_draft_is_found_by_admins_only_until_it_is_published()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var reader = App.CreateClient();

        using var created = await admin.PostAsJsonAsync("/api/articles", new { title = "Work in progress", body = Body, draft = true });
        var slug = (await created.ReadJsonAsync<JsonElement>()).GetProperty("slug").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/articles/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/articles/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/articles/{slug}")).StatusCode);
        Assert.Empty(await App.OutboxEventsAsync(typeof(ArticlePublished).FullName!));
        var editable = await (await admin.GetAsync("/api/admin/articles")).ReadJsonAsync<JsonElement>();
        Assert.Contains(editable.EnumerateArray(), a => a.GetProperty("slug").GetString() == slug && !a.GetProperty("published").GetBoolean());

        using var publish = await admin.PutAsJsonAsync($"/api/articles/{slug}", new { title = "Work in progress", body = Body, published = true });

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{slug}")).StatusCode);
        Assert.Single(await App.OutboxEventsAsync(typeof(ArticlePublished).FullName!));
    }

    [Fact]
    public async Task Unpublishing_takes_an_article_and_its_comments_off_the_public_routes()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var (title, body) = await GuideAsync(admin);

        using var unpublish = await admin.PutAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}", new { title, body, published = false });

        Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
        using var reader = App.CreateClient();
        Assert.Empty(await (await reader.GetAsync("/api/articles")).ReadJsonAsync<JsonElement[]>());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/articles/{CommunityApi.GuideSlug}/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(CommunityApi.GuidePath)).StatusCode);
    }

    [Fact]
    public async Task Editing_changes_the_title_and_body_but_keeps_the_address()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var edited = await admin.PutAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}", new { title = "Rebuilding Trust: the guide", body = Body, published = true });

        var revised = await edited.ReadJsonAsync<JsonElement>();
        Assert.Equal(CommunityApi.GuideSlug, revised.GetProperty("slug").GetString());
        using var reader = App.CreateClient();
        var article = await (await reader.GetAsync($"/api/articles/{CommunityApi.GuideSlug}")).ReadJsonAsync<JsonElement>();
        Assert.Equal("Rebuilding Trust: the guide", article.GetProperty("title").GetString());
        Assert.Empty(await App.OutboxEventsAsync(typeof(ArticlePublished).FullName!));
    }

    [Fact]
    public async Task A_title_whose_slug_is_taken_gets_the_next_free_number()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        var first = await CreateAsync(admin, "Small Promises");
        var second = await CreateAsync(admin, "Small promises");
        var third = await CreateAsync(admin, "Small  Promises!");

        Assert.Equal(["small-promises", "small-promises-2", "small-promises-3"], [first, second, third]);
    }

    [Theory]
    [InlineData("", Body, "title")]
    [InlineData("💔 ?!", Body, "title")]
    [InlineData("A title", "", "body")]
    [InlineData("A title", "   ", "body")]
    public async Task Bad_input_is_a_400_naming_the_field(string title, string body, string field)
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var created = await admin.PostAsJsonAsync("/api/articles", new { title, body });
        using var edited = await admin.PutAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}", new { title, body, published = true });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.NotEmpty((await created.ReadProblemAsync()).ErrorsFor(field));
        Assert.Equal(HttpStatusCode.BadRequest, edited.StatusCode);
        Assert.NotEmpty((await edited.ReadProblemAsync()).ErrorsFor(field));
    }

    [Fact]
    public async Task Editing_an_unknown_article_is_404()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PutAsJsonAsync("/api/articles/no-such-article", new { title = "T", body = "B", published = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_preview_renders_markdown_as_the_article_page_would_and_strips_what_is_unsafe()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.PostAsJsonAsync("/api/admin/articles/preview", new { body = "# Hello\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))" });

        var html = (await response.ReadJsonAsync<JsonElement>()).GetProperty("html").GetString()!;
        Assert.Contains("<h1>Hello</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_list_pages_through_every_article()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        await CreateAsync(admin, "Second article");

        var first = await (await admin.GetAsync("/api/admin/articles?page=1&pageSize=1")).ReadJsonAsync<JsonElement[]>();
        var second = await (await admin.GetAsync("/api/admin/articles?page=2&pageSize=1")).ReadJsonAsync<JsonElement[]>();
        using var bad = await admin.GetAsync("/api/admin/articles?pageSize=0");

        Assert.Equal("second-article", Assert.Single(first).GetProperty("slug").GetString());
        Assert.Equal(CommunityApi.GuideSlug, Assert.Single(second).GetProperty("slug").GetString());
        Assert.NotEmpty((await bad.ReadProblemAsync()).ErrorsFor("pageSize"));
    }

    private static async Task<string> CreateAsync(HttpClient admin, string title)
    {
        using var created = await admin.PostAsJsonAsync("/api/articles", new { title, body = Body });
        return (await created.ReadJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
    }

    private static async Task<(string Title, string Body)> GuideAsync(HttpClient admin)
    {
        var guide = await (await admin.GetAsync($"/api/articles/{CommunityApi.GuideSlug}")).ReadJsonAsync<JsonElement>();
        return (guide.GetProperty("title").GetString()!, guide.GetProperty("body").GetString()!);
    }
}
