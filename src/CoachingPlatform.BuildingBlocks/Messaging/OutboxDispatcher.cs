using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed outbox messages of every module to the bus and marks them sent. The outbox id
/// becomes the message id, which is what consumers' inboxes deduplicate on.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IBus bus, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 100;
    private const int MaxAttempts = 10;
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var published = 0;
            await using var scope = scopes.CreateAsyncScope();
            foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
            {
                published += await DispatchAsync(store, cancellationToken);
            }

            return published;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> DispatchAsync(IMessageStore store, CancellationToken cancellationToken)
    {
        var published = 0;
        while (true)
        {
            var batch = await store.Outbox
                .Where(m => m.ProcessedAt == null && m.Attempts < MaxAttempts)
                .OrderBy(m => m.OccurredAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            var failed = false;
            foreach (var message in batch)
            {
                try
                {
                    var integrationEvent = message.ReadEvent(out var type);
                    await bus.Publish(integrationEvent, type, Pipe.Execute<PublishContext>(c => c.MessageId = message.Id), cancellationToken);
                    message.MarkProcessed(clock.GetUtcNow().UtcDateTime);
                    published++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPublishFailed(logger, message.Id, ex);
                    message.MarkFailed(ex.Message);
                    failed = true;
                }
            }

            await store.Context.SaveChangesAsync(cancellationToken);
            store.Context.ChangeTracker.Clear();
            if (failed || batch.Count < BatchSize)
            {
                return published;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} failed")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, Exception exception);
}
