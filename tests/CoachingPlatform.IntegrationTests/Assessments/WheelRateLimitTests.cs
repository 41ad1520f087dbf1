using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using static CoachingPlatform.IntegrationTests.Assessments.WheelApi;

namespace CoachingPlatform.IntegrationTests.Assessments;

[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.AnyDatabase)]
public sealed class WheelRateLimitTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Taking_the_wheel_over_the_limit_is_a_429_with_retry_after()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "2" });
        using var client = limited.CreateClient();

        using var first = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5) });
        using var second = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5) });
        using var third = await client.PostAsJsonAsync(WheelPath, new { scores = Scores(5) });

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(429, (await third.ReadProblemAsync()).Status);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_public_form_is_limited_on_posting_and_never_on_reading()
    {
        await using var limited = App.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PublicWritesPerMinute"] = "1" });
        using var browser = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var first = await browser.PostFormAsync("/wheel-of-life", WheelPages.ScoreFields(Scores(5)));
        using var second = await browser.PostFormAsync("/wheel-of-life", WheelPages.ScoreFields(Scores(5)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }
}
