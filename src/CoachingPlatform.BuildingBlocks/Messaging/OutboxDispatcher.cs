using System.Diagnostics;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Observability;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Claims due outbox messages of every module and hands them to the transport; the outbox id becomes the
/// message id, on which every inbox deduplicates. A message the transport refuses is retried with backoff
/// and ends as a dead letter; when the transport itself is unavailable, the rest of the batch waits for the
/// same backoff rather than each message waiting out its own timeout.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, IEventTransport transport,
    IOptions<DeliveryOptions> options, IOptions<AppOptions> app, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : DeliveryWorker(scopes, stores, options, app, clock)
{
    protected override async Task<int> RunAsync(IServiceProvider services, Type contextType, CancellationToken cancellationToken)
    {
        var store = StoreOf(services, contextType);
        var batch = await store.Outbox.ClaimAsync(Node, Now, Options, cancellationToken);

        // Once claimed, a message in hand is finished even when the host is stopping; the rest are given back.
        foreach (var (message, index) in batch.TakeWhile(_ => !cancellationToken.IsCancellationRequested).Select((m, i) => (m, i)))
        {
            using var activity = PlatformTelemetry.StartFrom("outbox publish", message.TraceParent, ActivityKind.Producer);
            activity?.SetTag("messaging.message.id", message.Id);
            try
            {
                await transport.DeliverAsync(message, CancellationToken.None);
                message.MarkProcessed(Now);
            }
            catch (TransportDownException ex)
            {
                // Every other message would wait for the same broker: they wait for the same backoff instead.
                LogTransportUnavailable(logger, message.Id, ex);
                message.MarkFailed(ex.Message, Now, Options.Retry);
                foreach (var rest in batch.Skip(index + 1))
                {
                    rest.Postpone(message.NextAttemptAt);
                }

                break;
            }
            catch (Exception ex)
            {
                LogPublishFailed(logger, message.Id, message.Type, ex);
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                message.MarkFailed(ex.Message, Now, Options.Retry);
            }
        }

        await ReleaseUnfinishedAsync(store, batch);
        return batch.Count;
    }

    protected override void StoreFailed(Type contextType, Exception exception) => LogStoreFailed(logger, contextType.Name, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({Type}) failed")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string type, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The transport is unavailable; outbox message {MessageId} and the rest of its batch wait for the next attempt")]
    private static partial void LogTransportUnavailable(ILogger logger, Guid messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching the outbox of {Store} failed")]
    private static partial void LogStoreFailed(ILogger logger, string store, Exception exception);
}
