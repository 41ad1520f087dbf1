using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>/metrics in Prometheus text format, for admins and for the machine itself only.</summary>
[Collection(AppCollection.Name)]
public sealed class MetricsTests(AppFixture app) : IntegrationTest(app)
{
    private static readonly string[] Instruments =
    [
        "coaching_outbox_depth",
        "coaching_outbox_oldest_age_seconds",
        "coaching_inbox_depth",
        "coaching_mail_queue_depth",
        "coaching_mail_sent_total",
        "coaching_mail_failed_total",
        "coaching_digest_mails_total",
        "coaching_dead_letters",
        "http_server_request_duration_seconds_bucket",
        "dotnet_gc_collections_total",
        "dotnet_process_memory_working_set_bytes",
    ];

    [Fact]
    public async Task The_metrics_endpoint_exposes_every_named_instrument()
    {
        using var anonymous = App.CreateClient();
        using (var subscribed = await anonymous.PostAsJsonAsync("/api/subscriptions", new { email = "metrics@example.com", frequency = "weekly" }))
        {
            subscribed.EnsureSuccessStatusCode();
        }

        await App.Outbox.WaitUntilHandledAsync();
        using var admin = await App.SignInAsync(DemoUser.Admin);

        using var response = await admin.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var missing = Instruments.Where(name => !text.Contains($"\n{name}", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"Missing: {string.Join(", ", missing)}");
        Assert.Contains("coaching_mail_sent_total{", text, StringComparison.Ordinal);
        Assert.Contains("module=\"Programs\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_machine_itself_may_read_the_metrics_without_signing_in()
    {
        using var local = App.CreateClient();
        local.DefaultRequestHeaders.Add(RemoteAddress.Header, "127.0.0.1");

        using var response = await local.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_a_proxy_forwarded_from_elsewhere_is_not_the_machine_itself()
    {
        using var proxied = App.CreateClient();
        proxied.DefaultRequestHeaders.Add(RemoteAddress.Header, "127.0.0.1");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await proxied.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Anyone_else_is_refused_the_metrics()
    {
        using var anonymous = App.CreateClient();
        anonymous.DefaultRequestHeaders.Add(RemoteAddress.Header, "203.0.113.7");
        using var coach = await App.SignInAsync(DemoUser.Coach);
        coach.DefaultRequestHeaders.Add(RemoteAddress.Header, "203.0.113.7");

        using var refusedAnonymous = await anonymous.GetAsync("/metrics");
        using var refusedCoach = await coach.GetAsync("/metrics");

        // Not an API path: an anonymous caller is sent to sign in, as on every page.
        Assert.Equal(HttpStatusCode.Redirect, refusedAnonymous.StatusCode);
        Assert.StartsWith("/signin", new Uri(new Uri("http://localhost"), refusedAnonymous.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refusedCoach.StatusCode);
    }
}
