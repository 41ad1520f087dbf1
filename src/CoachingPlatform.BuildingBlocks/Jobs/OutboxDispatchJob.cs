using CoachingPlatform.BuildingBlocks.Messaging;

namespace CoachingPlatform.BuildingBlocks.Jobs;

/// <summary>The safety net: a recurring job that dispatches whatever the in-process dispatcher left behind.</summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher)
{
    public const string Id = "outbox-dispatch";

    public Task RunAsync(CancellationToken cancellationToken) => dispatcher.DispatchPendingAsync(cancellationToken);
}
