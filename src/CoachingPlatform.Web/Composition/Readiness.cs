using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachingPlatform.Web.Composition;

/// <summary>
/// /health/ready: one check per dependency, each tagged <see cref="Tag"/> where the dependency is registered.
/// Unhealthy (503, the proxy stops sending requests) only for what the node cannot serve without:
/// - the database, per module (<c>database:&lt;schema&gt;</c>, in ModuleDbContextRegistration);
/// - the web assets (below);
/// - the message broker (<c>broker</c>, in RabbitMqRegistration, only with <c>Messaging:Transport=RabbitMq</c>).
/// Degraded (still 200) for what waits and is retried:
/// - SMTP reachability (<c>smtp</c>, in EmailRegistration, only with <c>Email:Delivery=Smtp</c>);
/// - dead letters (<c>deliveries</c>, in MessagingRegistration).
/// </summary>
internal static class Readiness
{
    public const string Tag = "ready";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<WebAssetsHealthCheck>("web-assets", tags: [Tag]);
        return services;
    }

    /// <summary>
    /// The overall status and each check's status, so a failing dependency is named; no descriptions, which
    /// may carry host names, to an anonymous caller.
    /// </summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
