using CoachingPlatform.BuildingBlocks.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// Turns what MassTransit gave up on into dead letters: every poll, each consumer queue's <c>_error</c> and
/// <c>_skipped</c> queues are emptied into that consumer's module inbox as dead rows, which
/// <c>/admin/deliveries</c> lists and an admin retries (through the consumer, like any dead letter) or
/// discards. A message is acknowledged only after its row committed; when the database cannot take it,
/// the pass stops and the message stays in its queue for the next one. Any node may read: the broker
/// hands each message to one reader.
/// </summary>
internal sealed partial class FailedMessageReader(
    IServiceScopeFactory scopes, ConsumerCatalog catalog, BrokerConnection broker, IOptions<DeliveryOptions> delivery,
    TimeProvider clock, ILogger<FailedMessageReader> logger) : BackgroundService
{
    private static readonly string[] Suffixes = [QueueNames.ErrorSuffix, QueueNames.SkippedSuffix];

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>One pass over every failed-message queue; returns how many messages became dead letters.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var recorded = 0;
            await using var channel = await broker.OpenChannelAsync(cancellationToken);
            foreach (var entry in catalog.All)
            {
                foreach (var queue in Suffixes.Select(suffix => QueueNames.Of(entry.Consumer) + suffix))
                {
                    // Declared as MassTransit declares them (durable, classic, no arguments), so either may come first.
                    await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken);
                    while (await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } delivered)
                    {
                        await RecordAsync(entry, FailedMessage.Read(queue, delivered.BasicProperties, delivered.Body), cancellationToken);
                        await channel.BasicAckAsync(delivered.DeliveryTag, multiple: false, cancellationToken);
                        recorded++;
                    }
                }
            }

            await channel.CloseAsync(cancellationToken);
            return recorded;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var recorded = await DrainAsync(stoppingToken);
                if (recorded > 0)
                {
                    LogRecorded(logger, recorded);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
            }

            await Task.Delay(delivery.Value.Poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RecordAsync(ConsumerCatalog.Entry entry, FailedMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = (IMessageStore)scope.ServiceProvider.GetRequiredService(entry.ContextType);
        if (await store.Inbox.AnyAsync(m => m.MessageId == message.MessageId && m.Consumer == entry.Name, cancellationToken))
        {
            return; // Stored before (a delivery whose acknowledgement was lost): the inbox already has it.
        }

        store.Inbox.Add(InboxMessage.Failed(
            message.MessageId, entry.Name, entry.Message, message.Payload, message.Reason, clock.GetUtcNow().UtcDateTime, delivery.Value.Retry));
        await store.Context.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} message(s) from the broker's error queues are now dead letters")]
    private static partial void LogRecorded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the broker's error queues failed; the messages stay there until the next pass")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
