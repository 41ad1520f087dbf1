using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Dispatches as soon as a commit signals new events, and every few seconds regardless, so events
/// written just before a crash go out after the restart.
/// </summary>
internal sealed partial class OutboxDispatchService(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxDispatchService> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogDispatchFailed(logger, ex);
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
