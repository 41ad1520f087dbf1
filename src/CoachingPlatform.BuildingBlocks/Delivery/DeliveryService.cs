using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Two loops in this process: events (outbox, then inbox) and mail. Each drains again at once after a drain
/// that took something, and otherwise runs when a commit signals new work and every poll interval
/// regardless, so work left by a crashed process, or waiting for its backoff, is picked up. The workers'
/// claims keep several processes from taking the same row.
/// </summary>
internal sealed partial class DeliveryService(
    OutboxDispatcher outbox, InboxProcessor inbox, MailDispatcher mail, DeliverySignals signals,
    IOptions<DeliveryOptions> options, ILogger<DeliveryService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        LoopAsync(signals.Events, async ct => await outbox.DrainAsync(ct) + await inbox.DrainAsync(ct), stoppingToken),
        LoopAsync(signals.Mail, mail.DrainAsync, stoppingToken));

    private async Task LoopAsync(Signal signal, Func<CancellationToken, Task<int>> pass, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A drain stops after a bounded number of passes: one that took something is followed by
                // another at once, and only one that found nothing waits.
                if (await pass(stoppingToken) == 0)
                {
                    await signal.WaitAsync(options.Value.Poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
                await Task.Delay(options.Value.Poll, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A delivery pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
