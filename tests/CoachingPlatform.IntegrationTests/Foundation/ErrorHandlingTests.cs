using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class ErrorHandlingTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_unhandled_exception_becomes_a_500_problem_without_internals()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync(ThrowingEndpoint.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ThrowingEndpoint.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(500, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Title));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        using var client = App.CreateClient();
        using var content = new StringContent("{ \"email\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/auth/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, (await response.ReadProblemAsync()).Status);
    }
}
