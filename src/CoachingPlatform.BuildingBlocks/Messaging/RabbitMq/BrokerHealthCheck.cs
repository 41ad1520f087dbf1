using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// Ready only while the broker answers: a channel opened and closed is a round trip to it, within a few
/// seconds. Without the broker a node still takes requests (their events wait in the outbox), but the
/// readiness check says the broker is missing rather than hiding it.
/// </summary>
internal sealed class BrokerHealthCheck(BrokerConnection broker) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await broker.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The broker answered in {watch.ElapsedMilliseconds} ms.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The broker does not answer.", ex);
        }
    }
}
