using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Messaging;

namespace CoachingPlatform.IntegrationTests.Foundation;

[Collection(AppCollection.Name)]
public sealed class HealthTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Liveness_answers_ok_to_anyone()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_answers_ok_to_anyone_with_a_check_per_dependency()
    {
        using var client = App.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var report = await response.Content.ReadFromJsonAsync<Report>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report!.Status);
        Assert.Equal("Healthy", report.Checks["smtp"]);
        Assert.Equal("Healthy", report.Checks["database:identity"]);
        Assert.Equal("Healthy", report.Checks["database:subscriptions"]);
        Assert.Equal("Healthy", report.Checks["web-assets"]);
    }

    [Fact]
    public async Task An_unreachable_mail_server_degrades_readiness_but_keeps_the_node_in_service()
    {
        await using var host = App.CreateFactory(new Dictionary<string, string?> { ["Email:Smtp:Port"] = FreeTcpPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var report = await response.Content.ReadFromJsonAsync<Report>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", report!.Status);
        Assert.Equal("Degraded", report.Checks["smtp"]);
        Assert.Equal("Healthy", report.Checks["database:programs"]);
    }

    [Fact]
    public async Task An_unreachable_database_makes_the_node_unready()
    {
        using var database = new SeparateDatabase();
        await using var host = App.CreateFactory(database.Settings(("Messaging:DispatchInBackground", "false")));
        using var client = host.CreateClient();
        using (var before = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await database.MakeUnreachableAsync();
        using var response = await client.GetAsync("/health/ready");
        var report = await response.Content.ReadFromJsonAsync<Report>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", report!.Status);
        Assert.Equal("Unhealthy", report.Checks["database:programs"]);
        Assert.Equal("Healthy", report.Checks["smtp"]);
    }

    private sealed record Report(string Status, Dictionary<string, string> Checks);
}
