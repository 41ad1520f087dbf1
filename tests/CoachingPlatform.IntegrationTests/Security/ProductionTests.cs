using System.Net;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Security;

/// <summary>Outside Development: HSTS on HTTPS answers, and the OpenAPI document for admins only.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Outside_development_https_answers_carry_hsts_and_the_openapi_document_is_for_admins_only()
    {
        await using var production = App.CreateFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var anonymous = production.CreateClient(new() { BaseAddress = new Uri("https://coaching.example"), AllowAutoRedirect = false });
        using var coach = await production.CreateClient(new() { BaseAddress = new Uri("https://coaching.example") }).WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        using var admin = await production.CreateClient(new() { BaseAddress = new Uri("https://coaching.example") }).WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);

        using var home = await anonymous.GetAsync("/");
        using var openApiAnonymous = await anonymous.GetAsync("/openapi/v1.json");
        using var openApiCoach = await coach.GetAsync("/openapi/v1.json");
        using var openApiAdmin = await admin.GetAsync("/openapi/v1.json");

        Assert.Contains("max-age=", string.Join(",", home.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, openApiAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, openApiCoach.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApiAdmin.StatusCode);
    }

    [Fact]
    public async Task In_development_there_is_no_hsts_and_the_openapi_document_is_open()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
