using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Community;

[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.AnyDatabase)]
public sealed class CommunityRateLimitTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly Dictionary<string, string?> TwoPerMinute = new() { ["RateLimiting:CommunityWritesPerMinute"] = "2" };

    [Fact]
    public async Task Posting_comments_through_the_api_past_the_limit_is_429_with_retry_after()
    {
        await using var limited = App.CreateFactory(TwoPerMinute);
        using var client = limited.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
                new { authorName = "Sam", email = "sam@example.com", body = $"Comment number {i}." }));
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var retryAfter = answers[2].Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(429, (await answers[2].ReadProblemAsync()).Status);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Reporting_has_its_own_budget_and_is_limited_too()
    {
        await using var limited = App.CreateFactory(TwoPerMinute);
        var id = await App.PostApprovedAsync("Reported a lot.");
        using var client = limited.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var comment = await client.PostAsJsonAsync($"/api/articles/{CommunityApi.GuideSlug}/comments",
                new { authorName = "Sam", email = "sam@example.com", body = $"Comment number {i}." });
            Assert.Equal(HttpStatusCode.Accepted, comment.StatusCode);
        }

        using var first = await client.PostAsJsonAsync($"/api/comments/{id}/reports", new { reason = "One." });
        using var second = await client.PostAsJsonAsync($"/api/comments/{id}/reports", new { reason = "Two." });
        using var third = await client.PostAsJsonAsync($"/api/comments/{id}/reports", new { reason = "Three." });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_limit_is_per_client_address()
    {
        await using var limited = App.CreateFactory(TwoPerMinute);
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var address in new[] { "10.0.0.1", "10.0.0.1", "10.0.0.1", "10.0.0.2" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{CommunityApi.GuideSlug}/comments")
            {
                Content = JsonContent.Create(new { authorName = "Sam", email = "sam@example.com", body = $"From {address}, {statuses.Count}." }),
            };
            request.Headers.Add(RemoteAddress.Header, address);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.Accepted], statuses);
    }

    [Fact]
    public async Task The_page_s_comment_form_shares_the_limit_while_reading_the_page_is_never_limited()
    {
        await using var limited = App.CreateFactory(TwoPerMinute);
        using var browser = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var first = await browser.PostCommentFormAsync("Robin", "robin@example.com", "First from the page.");
        using var second = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Second from the page.");
        using var third = await browser.PostCommentFormAsync("Robin", "robin@example.com", "Third from the page.");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.StartsWith("Too many requests from your address.", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            using var read = await browser.GetAsync(CommunityApi.GuidePath);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
    }
}
