using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>
/// The XSS corpus stored through the API and the form, as names, comments and an article, then read back:
/// the pages escape or sanitize every payload, and the API returns the text as it was written (JSON, never
/// HTML). The browser half (no script runs, moderation page included) is in the end-to-end tests.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class XssTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Payloads_posted_through_the_api_come_out_of_the_article_page_as_text()
    {
        var ids = new List<Guid>();
        foreach (var payload in XssCorpus.Payloads)
        {
            ids.Add(await App.PostApprovedAsync(payload, authorName: Truncate(payload), email: "xss@example.com"));
        }

        using var reader = App.CreateClient();
        var page = await reader.ReadAsync(CommunityApi.GuidePath);

        Assert.Empty(XssCorpus.DangerIn(page));
        Assert.Equal(ids.Count, ArticlePage.Comments(page).Count(c => ids.Contains(c.Id)));
        Assert.Contains("&lt;script&gt;alert(&#x27;xss-1&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payloads_posted_through_the_form_come_out_of_the_article_page_as_text()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        foreach (var payload in XssCorpus.Payloads)
        {
            using var browser = App.CreateCookieClient();
            using var posted = await browser.PostCommentFormAsync(Truncate(payload), "xss@example.com", payload);
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        foreach (var item in await admin.QueueAsync("pending"))
        {
            await admin.DecideAsync(item.Id, "approve", item.Version);
        }

        using var reader = App.CreateClient();
        var page = await reader.ReadAsync(CommunityApi.GuidePath);
        Assert.Empty(XssCorpus.DangerIn(page));
        Assert.True(ArticlePage.Comments(page).Count >= XssCorpus.Payloads.Count);
    }

    [Fact]
    public async Task The_api_returns_each_payload_as_the_text_that_was_written_in_json()
    {
        foreach (var payload in XssCorpus.Payloads)
        {
            await App.PostApprovedAsync(payload, authorName: Truncate(payload), email: "xss@example.com");
        }

        using var reader = App.CreateClient();
        using var response = await reader.GetAsync($"/api/articles/{CommunityApi.GuideSlug}/comments?pageSize=200");
        using var admin = await App.SignInAsync(DemoUser.Admin);
        using var queue = await admin.GetAsync("/api/moderation/comments?status=approved&pageSize=200");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", queue.Content.Headers.ContentType?.MediaType);
        var published = await response.ReadJsonAsync<CommunityApi.PublicComment[]>();
        var moderated = await queue.ReadJsonAsync<CommunityApi.QueueItem[]>();
        foreach (var payload in XssCorpus.Payloads)
        {
            Assert.Contains(published, c => c.Body == payload && c.AuthorName == Truncate(payload));
            Assert.Contains(moderated, c => c.Body == payload);
        }
    }

    [Fact]
    public async Task An_article_made_of_payloads_is_sanitized_on_its_page_in_the_list_and_in_the_api()
    {
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var body = string.Join("\n\n", XssCorpus.Payloads);

        using var created = await admin.PostAsJsonAsync("/api/articles", new { title = "<script>alert('title')</script> Trust", body });
        var slug = (await created.ReadJsonAsync<JsonElement>()).GetProperty("slug").GetString();

        using var reader = App.CreateClient();
        var page = await reader.ReadAsync($"/articles/{slug}");
        var list = await reader.ReadAsync("/articles");
        var api = await (await reader.GetAsync($"/api/articles/{slug}")).ReadJsonAsync<JsonElement>();
        Assert.Empty(XssCorpus.DangerIn(page));
        Assert.Empty(XssCorpus.DangerIn(list));
        Assert.Empty(XssCorpus.DangerIn(api.GetProperty("html").GetString()!));
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Trust", page, StringComparison.Ordinal);
        Assert.Equal(body, api.GetProperty("body").GetString());
    }

    [Fact]
    public async Task The_preview_page_sanitizes_the_payloads_too()
    {
        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);
        var editor = await admin.ReadAsync("/admin/articles");
        var token = System.Text.RegularExpressions.Regex.Match(editor, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var preview = await admin.PostAsync("/admin/articles/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["body"] = string.Join("\n\n", XssCorpus.Payloads),
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"preview\"", html, StringComparison.Ordinal);
        Assert.Empty(XssCorpus.DangerIn(html));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<IMG SRC=x OnErRoR=alert(1)>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<iframe src='data:text/html,x'></iframe>")]
    public void The_detector_flags_markup_that_would_run(string html) => Assert.NotEmpty(XssCorpus.DangerIn(html));

    [Theory]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<p>&lt;a href=\"javascript:alert(1)\"&gt;</p>")]
    [InlineData("<script src=\"/js/app.js?v=abc\" defer>")]
    public void The_detector_lets_text_and_the_app_s_own_scripts_pass(string html) => Assert.Empty(XssCorpus.DangerIn(html));

    private static string Truncate(string payload) => payload.Length > 80 ? payload[..80] : payload;
}
