namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Carries an outbox message to every consumer. When it returns, the message is durable on the other side
/// (stored in each consumer's inbox); if it throws, the outbox keeps the message and retries.
/// </summary>
public interface IEventTransport
{
    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
