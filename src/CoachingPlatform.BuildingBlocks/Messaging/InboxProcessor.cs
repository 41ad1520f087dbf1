using System.Diagnostics;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Observability;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Claims due inbox messages of every module and runs their consumer, each in its own scope: the consumer's
/// changes and the row marked handled commit together. A consumer that throws is retried with backoff and
/// ends as a dead letter; one failing message does not hold up the others.
/// </summary>
public sealed partial class InboxProcessor(
    IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, ConsumerCatalog catalog,
    IOptions<DeliveryOptions> options, IOptions<AppOptions> app, TimeProvider clock, ILogger<InboxProcessor> logger)
    : DeliveryWorker(scopes, stores, options, app, clock)
{
    protected override async Task<int> RunAsync(IServiceProvider services, Type contextType, CancellationToken cancellationToken)
    {
        var store = StoreOf(services, contextType);
        var claimed = await store.Inbox.ClaimAsync(Node, Now, Options, cancellationToken);
        var handled = 0;

        // Once started, a consumer run is finished even when the host is stopping; the rest are given back.
        foreach (var row in claimed.TakeWhile(_ => !cancellationToken.IsCancellationRequested))
        {
            await HandleAsync(contextType, row.Id, row.LockedBy!, CancellationToken.None);
            handled++;
        }

        await ReleaseUnfinishedAsync(store, claimed.Skip(handled));
        return claimed.Count;
    }

    protected override void StoreFailed(Type contextType, Exception exception) => LogStoreFailed(logger, contextType.Name, exception);

    private async Task HandleAsync(Type contextType, Guid id, string owner, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var store = StoreOf(scope.ServiceProvider, contextType);
            var row = await store.Inbox.SingleOrDefaultAsync(m => m.Id == id && m.LockedBy == owner, cancellationToken);
            if (row is null)
            {
                return; // The claim ran out and another worker took the row.
            }

            using var activity = PlatformTelemetry.StartFrom($"inbox consume {row.Consumer[(row.Consumer.LastIndexOf('.') + 1)..]}", row.TraceParent, ActivityKind.Consumer);
            var consumer = (IInboxConsumer)scope.ServiceProvider.GetRequiredService(catalog.Find(row.Consumer).Consumer);
            try
            {
                await consumer.ConsumeAsync(row.ReadMessage(), cancellationToken);
            }
            catch (Exception ex)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                throw;
            }

            row.MarkProcessed(Now);
            await store.Context.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            LogConsumerFailed(logger, id, ex);
            await RecordFailureAsync(contextType, id, owner, ex, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(Type contextType, Guid id, string owner, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var store = StoreOf(scope.ServiceProvider, contextType);
        var row = await store.Inbox.SingleOrDefaultAsync(m => m.Id == id && m.LockedBy == owner, cancellationToken);
        if (row is not null)
        {
            row.MarkFailed($"{exception.GetType().Name}: {exception.Message}", Now, Options.Retry);
            await store.Context.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling inbox message {InboxId} failed")]
    private static partial void LogConsumerFailed(ILogger logger, Guid inboxId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing the inbox of {Store} failed")]
    private static partial void LogStoreFailed(ILogger logger, string store, Exception exception);
}
