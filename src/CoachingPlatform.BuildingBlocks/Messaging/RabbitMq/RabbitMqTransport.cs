using MassTransit;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// Publishes an outbox message to the broker and returns once the broker confirmed it: persistent, into
/// the durable queue of every consumer (mandatory routing, so a message no queue is bound for yet fails
/// and the outbox retries it instead of the broker dropping it). The outbox id is the message id on which
/// each inbox deduplicates, so a publish repeated after a lost confirm stores nothing twice.
/// </summary>
internal sealed class RabbitMqTransport(IBus bus, ConsumerCatalog catalog, IOptions<MessagingOptions> options) : IEventTransport
{
    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var integrationEvent = message.ReadEvent(out var type);
        if (!catalog.HasConsumersOf(type))
        {
            return; // No module consumes it: there is nothing to deliver, as with the in-process transport.
        }

        var limit = options.Value.RabbitMq.PublishTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await bus.Publish(integrationEvent, type, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = message.Id;
                context.Durable = true;
                if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                {
                    rabbit.Mandatory = true;
                }
            }), timeout.Token);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TransportDownException($"The broker did not confirm within {limit.TotalSeconds:0.#} s.", ex);
        }
        catch (Exception ex) when (ex is RabbitMqConnectionException or MessageNotAcknowledgedException or MassTransit.TransportUnavailableException
            or RabbitMQ.Client.Exceptions.BrokerUnreachableException
            or RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
            throw new TransportDownException($"The broker is unavailable: {ex.Message}", ex);
        }
    }
}
