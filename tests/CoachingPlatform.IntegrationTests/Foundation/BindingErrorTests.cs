using System.Net;
using System.Text;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Foundation;

/// <summary>A value that does not bind is a 400 naming its field, in Development and outside it alike.</summary>
[Collection(AppCollection.Name)]
public sealed class BindingErrorTests(AppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("Development", "/api/articles?page=abc", "page")]
    [InlineData("Production", "/api/articles?page=abc", "page")]
    [InlineData("Production", "/api/articles?page=1&pageSize=ten", "pageSize")]
    public async Task A_query_value_of_the_wrong_type_names_its_field(string environment, string path, string field)
    {
        await using var host = App.CreateFactory(new Dictionary<string, string?> { ["environment"] = environment });
        using var client = host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.DoesNotContain("bind", problem.Detail ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outside_development_a_body_field_of_the_wrong_type_is_named_too()
    {
        await using var host = App.CreateFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var client = host.CreateClient();
        using var body = new StringContent("""{"token": 5, "password": "a long enough password"}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/auth/password-reset/confirm", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblemAsync()).ErrorsFor("token"));
    }
}
