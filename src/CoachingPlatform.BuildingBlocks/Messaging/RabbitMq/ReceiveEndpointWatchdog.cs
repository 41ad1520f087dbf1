using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// MassTransit retries a receive endpoint's connection only after the failures it takes for transient; after
/// any other (credentials the broker refused while it reconnected, the broker dropping while it declared its
/// queues) the endpoint stays faulted for good, and the node no longer consumes that queue while it still
/// answers requests and publishes. Every check, an endpoint MassTransit has reported unhealthy for
/// <c>Messaging:RabbitMq:EndpointRestartSeconds</c> while the broker answered this process's own connection
/// is stopped and started again. Time is the machine's, not the app's clock.
/// </summary>
internal sealed partial class ReceiveEndpointWatchdog(
    IBusControl bus, BrokerConnection broker, IOptions<MessagingOptions> options, ILogger<ReceiveEndpointWatchdog> logger) : BackgroundService
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Since when each unhealthy endpoint has been seen so while the broker answered (a timestamp).</summary>
    private readonly Dictionary<Uri, long> unhealthySince = [];

    private TimeSpan RestartAfter => options.Value.RabbitMq.EndpointRestart;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Clamp(RestartAfter.Ticks / 4, TimeSpan.TicksPerSecond / 4, TimeSpan.TicksPerSecond * 10)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogCheckFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops: the bus stops its endpoints itself.
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var unhealthy = bus.CheckHealth().Endpoints.Values
            .Where(e => e.Status == BusHealthStatus.Unhealthy && e.ReceiveEndpoint is not null)
            .ToList();
        foreach (var healed in unhealthySince.Keys.Except(unhealthy.Select(e => e.InputAddress)).ToList())
        {
            unhealthySince.Remove(healed);
        }

        if (unhealthy.Count == 0)
        {
            return;
        }

        if (!await BrokerAnswersAsync(cancellationToken))
        {
            unhealthySince.Clear(); // MassTransit reconnects by itself once the broker is back.
            return;
        }

        var now = Stopwatch.GetTimestamp();
        foreach (var endpoint in unhealthy)
        {
            if (!unhealthySince.TryGetValue(endpoint.InputAddress, out var since))
            {
                unhealthySince[endpoint.InputAddress] = now;
            }
            else if (Stopwatch.GetElapsedTime(since, now) >= RestartAfter)
            {
                LogRestarting(logger, endpoint.InputAddress, endpoint.Description ?? "faulted");
                unhealthySince.Remove(endpoint.InputAddress);
                using (var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    // A stop that hangs must not hold up the other endpoints: past this, the next check tries again.
                    stopping.CancelAfter(StopTimeout);
                    await endpoint.ReceiveEndpoint.Stop(stopping.Token);
                }

                endpoint.ReceiveEndpoint.Start(cancellationToken);
            }
        }
    }

    private async Task<bool> BrokerAnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            await broker.PingAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogBrokerSilent(logger, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receive endpoint {Address} has been unhealthy while the broker answers ({Description}); restarting it")]
    private static partial void LogRestarting(ILogger logger, Uri address, string description);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The broker does not answer, so faulted receive endpoints are left to reconnect by themselves: {Reason}")]
    private static partial void LogBrokerSilent(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the receive endpoints failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
