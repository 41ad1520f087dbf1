using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>Degraded while any event, consumer run or mail sits dead: someone should look at /admin/deliveries.</summary>
internal sealed class DeadLetterHealthCheck(DeadLetters deadLetters) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = await deadLetters.CountAsync(cancellationToken);
        return count == 0
            ? HealthCheckResult.Healthy("No dead letters.")
            : HealthCheckResult.Degraded($"{count} dead letter(s) wait on /admin/deliveries.");
    }
}
