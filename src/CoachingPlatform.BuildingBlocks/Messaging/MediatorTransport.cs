using MassTransit;
using MassTransit.Mediator;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// The in-process transport: MassTransit's mediator calls every inbox writer of the message's type before
/// Publish returns, and a writer's failure fails the Publish, so the outbox marks a message published only
/// once each consumer's inbox holds it.
/// </summary>
internal sealed class MediatorTransport(IMediator mediator) : IEventTransport
{
    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var integrationEvent = message.ReadEvent(out var type);
        return mediator.Publish(integrationEvent, type, Pipe.Execute<PublishContext>(c => c.MessageId = message.Id), cancellationToken);
    }
}
