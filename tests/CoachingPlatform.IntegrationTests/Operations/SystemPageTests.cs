using System.Net;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Web.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>The admin's system page and the API reference.</summary>
[Collection(AppCollection.Name)]
public sealed class SystemPageTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_system_page_shows_version_node_database_queues_dead_letters_and_jobs()
    {
        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/system"));

        Assert.Contains($"<dt>Version</dt><dd>{Telemetry.Version}</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"<dt>Node</dt><dd>{App.Services.GetRequiredService<IOptions<AppOptions>>().Value.NodeName}</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"<dt>Database</dt><dd>{(TestDatabase.OnPostgres ? "Postgres" : "Sqlite")}</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Module\">Programs</td>", page, StringComparison.Ordinal);
        Assert.Contains("Dead letters: 0.", page, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Job\">deliveries</td>", page, StringComparison.Ordinal);
        Assert.Equal(!TestDatabase.OnPostgres, page.Contains("<td data-label=\"Job\">backup</td>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outside_development_the_api_reference_is_for_admins_only()
    {
        await using var production = App.CreateFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var anonymous = production.CreateClient(new() { AllowAutoRedirect = false });
        using var coach = await production.CreateClient(new() { AllowAutoRedirect = false }).WithBearerTokenOfAsync(DemoUser.Coach.Email, DemoUser.Password);
        using var admin = await production.CreateClient(new() { AllowAutoRedirect = false }).WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);

        using var refusedAnonymous = await anonymous.GetAsync("/reference/v1");
        using var refusedCoach = await coach.GetAsync("/reference/v1");
        using var shown = await admin.GetAsync("/reference/v1");

        Assert.NotEqual(HttpStatusCode.OK, refusedAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedCoach.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("openapi/v1.json", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_api_reference_is_open()
    {
        using var anonymous = App.CreateClient();

        using var response = await anonymous.GetAsync("/reference/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self' 'unsafe-inline'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
