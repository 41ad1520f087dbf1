using System.Net;
using System.Reflection;
using CoachingPlatform.BuildingBlocks.Observability;
using CoachingPlatform.BuildingBlocks.Security;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachingPlatform.Web.Observability;

/// <summary>
/// OpenTelemetry traces (HTTP in and out, EF Core, MassTransit, Hangfire jobs, the delivery workers and every
/// mail send) and metrics (requests, queues, mails, digests, dead letters, runtime). Metrics are read at
/// <c>/metrics</c> (Prometheus text, admins or the machine itself); both go out over OTLP only when
/// <c>OpenTelemetry:Endpoint</c> is set. Nothing is sent anywhere by default.
/// </summary>
internal static class Telemetry
{
    public const string MetricsPath = "/metrics";
    public const string MetricsReaders = "MetricsReaders";

    public static string Version { get; } =
        typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton<QueueGauges>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(MetricsReaders, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admin) || (context.Resource is HttpContext http && FromThisMachine(http))));

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(PlatformTelemetry.Name, serviceVersion: Version, serviceInstanceId: configuration["App:NodeName"]))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new RequestsAndWorkSampler()))
                .AddSource(PlatformTelemetry.Name, "MassTransit")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsPlumbing(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(PlatformTelemetry.Name, QueueGauges.MeterName, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        if (configuration["OpenTelemetry:Endpoint"] is { Length: > 0 } endpoint)
        {
            var protocol = string.Equals(configuration["OpenTelemetry:Protocol"], "http", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }

        return builder;
    }

    public static WebApplication MapPlatformTelemetry(this WebApplication app)
    {
        // The gauges exist once something asks for them; ask now, so the first scrape already has them. Counters
        // start at zero once the meter provider listens, so a rate is defined before the first mail.
        app.Services.GetRequiredService<QueueGauges>();
        app.Services.GetRequiredService<MeterProvider>();
        PlatformTelemetry.MailsSent.Add(0);
        PlatformTelemetry.MailsFailed.Add(0);
        PlatformTelemetry.DigestMailsQueued.Add(0);
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(MetricsReaders);
        return app;
    }

    /// <summary>
    /// A loopback caller that no proxy forwarded: a reverse proxy on the same machine makes every request look
    /// local, and one that says whom it forwards for is not the machine itself.
    /// </summary>
    private static bool FromThisMachine(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("Forwarded");

    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health") || path.StartsWithSegments("/css")
        || path.StartsWithSegments("/js") || path.StartsWithSegments("/favicon.ico");

    /// <summary>
    /// Keeps every trace that starts with a request, a job or a delivery; drops the database queries the
    /// background workers make while polling with no work (a root span of kind client), which would otherwise
    /// be a trace every few seconds saying nothing.
    /// </summary>
    private sealed class RequestsAndWorkSampler : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
            new(samplingParameters.Kind == System.Diagnostics.ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
    }
}
