using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Hangfire;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// The safety net beside the in-process loops: a minutely job that drains outboxes, inboxes and mail
/// queues, for a process that runs no loops of its own. Overlapping runs are harmless (the claims decide
/// who works on a row), so the lock is only there to save work, and a failed run is not retried: the
/// next minute runs anyway.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 0)]
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
public sealed class DeliveryJob(OutboxDispatcher outbox, InboxProcessor inbox, MailDispatcher mail)
{
    public const string Id = "deliveries";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await outbox.DrainAsync(cancellationToken);
        await inbox.DrainAsync(cancellationToken);
        await mail.DrainAsync(cancellationToken);
    }
}
