using System.Net;
using System.Text.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.AnyDatabase)]
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
    [InlineData("/api/assessments/{id}/wheel.svg", "get")]
    [InlineData("/api/assessments/{id}/goals", "post")]
    [InlineData("/api/me/assessments", "get")]
    [InlineData("/api/me/assessments/claims", "post")]
    [InlineData("/api/clients/{clientId}/assessments", "get")]
    [InlineData("/api/clients/{clientId}/assessments/retake-requests", "post")]
    [InlineData("/api/program-suggestions", "get")]
    [InlineData("/api/program-suggestions/{suggestionId}/dismissal", "post")]
    [InlineData("/api/articles", "get")]
    [InlineData("/api/articles/{slug}", "get")]
    [InlineData("/api/articles/{slug}/comments", "get")]
    [InlineData("/api/subscriptions", "post")]
    [InlineData("/api/subscriptions/confirm", "post")]
    [InlineData("/api/subscriptions/preferences", "get")]
    [InlineData("/api/subscriptions/preferences", "put")]
    [InlineData("/api/subscriptions/unsubscribe", "post")]
    [InlineData("/api/admin/digests", "get")]
    [InlineData("/api/admin/digests/{frequency}/run", "post")]
    [InlineData("/api/admin/digests/coaches/run", "post")]
    [InlineData("/api/me/coach-digest", "get")]
    [InlineData("/api/me/coach-digest", "put")]
    [InlineData("/api/admin/deliveries", "get")]
    [InlineData("/api/admin/deliveries/{kind}/{id}/retry", "post")]
    [InlineData("/api/admin/deliveries/{kind}/{id}/discard", "post")]
    public async Task The_openapi_document_lists_the_assessment_community_subscription_and_delivery_routes(string path, string method)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not in the document.");
        Assert.True(operations.TryGetProperty(method, out _), $"{path} has no {method} operation.");
    }

    [Theory]
    [InlineData("/api/auth/password-reset", "post")]
    [InlineData("/api/auth/password-reset/confirm", "post")]
    [InlineData("/api/auth/invitation", "get")]
    [InlineData("/api/me/password", "put")]
    [InlineData("/api/me/export", "get")]
    [InlineData("/api/me/erasure", "post")]
    [InlineData("/api/me/assignments/{assignmentId}/steps/{stepId}/draft", "put")]
    [InlineData("/api/me/support-requests", "get")]
    [InlineData("/api/clients/{clientId}/invitation/resend", "post")]
    [InlineData("/api/clients/{clientId}/invitation", "delete")]
    [InlineData("/api/admin/coaches", "get")]
    [InlineData("/api/admin/coaches/{coachId}/invitation/resend", "post")]
    [InlineData("/api/admin/coaches/{coachId}/invitation", "delete")]
    public async Task The_openapi_document_lists_the_accounts_and_care_routes(string path, string method)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is not in the document.");
        Assert.True(operations.TryGetProperty(method, out _), $"{path} has no {method} operation.");
    }

    [Fact]
    public async Task The_openapi_document_lists_every_community_route()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        string[] expected =
        [
            "GET /api/articles", "POST /api/articles", "GET /api/articles/{slug}", "PUT /api/articles/{slug}",
            "GET /api/articles/{slug}/comments", "POST /api/articles/{slug}/comments", "POST /api/comments/{commentId}/reports",
            "GET /api/moderation/comments", "POST /api/moderation/comments/{commentId}/decision", "GET /api/moderation/comments/{commentId}/history",
            "GET /api/admin/articles", "POST /api/admin/articles/preview",
        ];
        Assert.Empty(expected.Except(operations));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_clients_and_programs_endpoints()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();
        string[] expected =
        [
            "POST /api/clients", "GET /api/clients", "GET /api/clients/{clientId}",
            "GET /api/programs", "POST /api/programs", "GET /api/programs/{programId}", "PUT /api/programs/{programId}",
            "POST /api/programs/{programId}/copies",
            "POST /api/clients/{clientId}/assignments", "GET /api/clients/{clientId}/assignments",
            "GET /api/clients/{clientId}/assignments/{assignmentId}", "GET /api/clients/{clientId}/assignments/{assignmentId}/reflections",
            "GET /api/clients/{clientId}/timeline", "GET /api/clients/{clientId}/support-requests",
            "POST /api/clients/{clientId}/support-requests/{requestId}/resolution",
            "GET /api/me/assignments", "GET /api/me/assignments/{assignmentId}/steps/{stepId}",
            "POST /api/me/assignments/{assignmentId}/steps/{stepId}/completion",
            "POST /api/me/wins", "GET /api/me/timeline", "GET /api/me/gratitude", "PUT /api/me/gratitude/today",
            "GET /api/me/preferences", "PUT /api/me/preferences", "POST /api/me/support-requests", "GET /api/support-line",
        ];
        Assert.Empty(expected.Except(operations));
    }

    [Theory]
    [InlineData("/api/clients")]
    [InlineData("/api/programs")]
    [InlineData("/api/moderation/comments")]
    public async Task A_list_answered_from_kept_bytes_is_described_as_an_array_of_its_items(string path)
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal("array", schema.GetProperty("type").GetString());
        Assert.True(schema.GetProperty("items").TryGetProperty("$ref", out _), $"{path} does not name its items' schema.");
    }
}
