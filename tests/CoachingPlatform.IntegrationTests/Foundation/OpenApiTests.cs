using System.Net;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class OpenApiTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_openapi_document_lists_the_identity_endpoints()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/me", paths);
        Assert.Contains("/api/auth/accept-invitation", paths);
        Assert.Contains("/api/admin/coaches", paths);
    }

    [Theory]
    [InlineData("/api/assessments/wheel-of-life", "get")]
    [InlineData("/api/assessments/wheel-of-life", "post")]
    [InlineData("/api/assessments/{id}", "get")]
    [InlineData("/api/articles", "get")]
    [InlineData("/api/articles/{slug}", "get")]
    [InlineData("/api/articles/{slug}/comments", "get")]
    [InlineData("/api/subscriptions", "post")]
    [InlineData("/api/subscriptions/confirm", "post")]
    public async Task The_openapi_document_lists_the_assessment_community_and_subscription_routes(string path, string method)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not in the document.");
        Assert.True(operations.TryGetProperty(method, out _), $"{path} has no {method} operation.");
    }
}
