using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

/// <summary>
/// The article page and the public comments are kept in memory between reads; every test here reads
/// first, so what it reads next would come from memory, then changes something readers see and reads again.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReaderCacheTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_approved_comment_shows_on_the_next_read_of_the_page_and_the_comments()
    {
        using var reader = App.CreateClient();
        using var admin = await App.SignInAsync(DemoUser.Admin);
        await WarmAsync(reader);
        var submitted = await reader.PostCommentAsync("Pausing before I answer has changed our evenings.", "Robin Vale", "robin@example.com");
        Assert.Equal("pending", submitted.Status);
        Assert.DoesNotContain(await reader.PublicCommentsAsync(), c => c.Id == submitted.Id);

        await admin.DecideAsync(submitted.Id, "approve");

        Assert.Contains(await reader.PublicCommentsAsync(), c => c.Id == submitted.Id);
        Assert.Contains("Pausing before I answer has changed our evenings.", await reader.ReadAsync(CommunityApi.GuidePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_comment_leaves_the_page_on_the_next_read()
    {
        using var reader = App.CreateClient();
        using var admin = await App.SignInAsync(DemoUser.Admin);
        var shown = (await reader.PublicCommentsAsync()).Last();
        await WarmAsync(reader);

        await admin.DecideAsync(shown.Id, "reject");

        Assert.DoesNotContain(await reader.PublicCommentsAsync(), c => c.Id == shown.Id);
        Assert.DoesNotContain($"id=\"comment-{shown.Id}\"", await reader.ReadAsync(CommunityApi.GuidePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_edit_shows_on_the_next_read_and_unpublishing_takes_the_page_down()
    {
        using var reader = App.CreateClient();
        using var admin = await App.SignInAsync(DemoUser.Admin);
        await WarmAsync(reader);
        const string Body = "## Start small\n\nKeep one small promise this week, and say out loud that you kept it.";

        using var edited = await admin.PutAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}", new { title = "Rebuilding Trust: the guide", body = Body, published = true });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("Keep one small promise this week", await reader.ReadAsync(CommunityApi.GuidePath), StringComparison.Ordinal);

        using var unpublished = await admin.PutAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}", new { title = "Rebuilding Trust: the guide", body = Body, published = false });
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(CommunityApi.GuidePath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/articles/{CommunityApi.GuideSlug}/comments")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_reader_s_page_carries_their_own_name_and_form_token_not_another_s()
    {
        using var anonymous = App.CreateClient();
        using var coach = await App.SignInWithCookieAsync(DemoUser.Coach);
        using var client = await App.SignInWithCookieAsync(DemoUser.Client);

        var first = await anonymous.ReadAsync(CommunityApi.GuidePath);
        var coachPage = await coach.ReadAsync(CommunityApi.GuidePath);
        var clientPage = await client.ReadAsync(CommunityApi.GuidePath);

        Assert.DoesNotContain("data-testid=\"signed-in-as\"", first, StringComparison.Ordinal);
        Assert.Contains(">coach@example.com</a>", coachPage, StringComparison.Ordinal);
        Assert.Contains(">client@example.com</a>", clientPage, StringComparison.Ordinal);
        Assert.DoesNotContain("coach@example.com", clientPage, StringComparison.Ordinal);
        Assert.NotEqual(FormToken(coachPage), FormToken(clientPage));
    }

    [Fact]
    public async Task An_anonymous_reader_s_second_read_comes_whole_from_the_page_cache_with_no_token_or_cookie_in_it()
    {
        using var reader = App.CreateClient();
        using var first = await reader.GetAsync(CommunityApi.GuidePath);
        using var second = await reader.GetAsync(CommunityApi.GuidePath);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Contains("Age"), "The first read is rendered.");
        Assert.True(second.Headers.Contains("Age"), "The second read comes from the page cache.");
        Assert.False(second.Headers.Contains("Set-Cookie"));
        var page = await second.Content.ReadAsStringAsync();
        Assert.DoesNotContain("csrf-token", page, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", page, StringComparison.Ordinal);
        Assert.Equal(await first.Content.ReadAsStringAsync(), page);
    }

    [Fact]
    public async Task An_anonymous_page_is_cached_compressed_for_a_browser_that_accepts_it()
    {
        using var reader = App.CreateClient();
        using var plain = await reader.GetAsync(CommunityApi.GuidePath);
        await GzipReadAsync(reader);

        using var second = await GzipReadAsync(reader);

        Assert.True(second.Headers.Contains("Age"), "The compressed page comes from the page cache.");
        Assert.Equal(["gzip"], second.Content.Headers.ContentEncoding);
        await using var unzipped = new GZipStream(await second.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        // The same page but for the comment form's time stamp, which each rendering issues anew.
        Assert.Equal(WithoutStamp(await plain.Content.ReadAsStringAsync()), WithoutStamp(await new StreamReader(unzipped).ReadToEndAsync()));
    }

    [Fact]
    public async Task A_signed_in_reader_s_page_is_rendered_for_them_every_time_and_never_compressed()
    {
        using var coach = await App.SignInWithCookieAsync(DemoUser.Coach);
        await GzipReadAsync(coach);

        using var again = await GzipReadAsync(coach);

        Assert.False(again.Headers.Contains("Age"), "A signed-in read never comes from the page cache.");
        Assert.Empty(again.Content.Headers.ContentEncoding);
        Assert.Contains(">coach@example.com</a>", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string WithoutStamp(string page) => Regex.Replace(page, "name=\"Form.Stamp\" value=\"[^\"]+\"", "");

    private static async Task<HttpResponseMessage> GzipReadAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, CommunityApi.GuidePath);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static async Task WarmAsync(HttpClient reader)
    {
        await reader.PublicCommentsAsync();
        await reader.ReadAsync(CommunityApi.GuidePath);
    }

    private static string FormToken(string page)
    {
        const string Marker = "<meta name=\"csrf-token\" content=\"";
        var start = page.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has the signed-in reader's token.");
        start += Marker.Length;
        return page[start..page.IndexOf('"', start)];
    }
}
