namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// A module's reaction to an integration event. The message waits in the module's inbox until this runs;
/// its changes to the module's DbContext (mails to send included) are saved together with the inbox row
/// marked handled, so the effect happens once, or not at all and is retried.
/// </summary>
public abstract class InboxConsumer<TMessage> : IInboxConsumer
    where TMessage : class
{
    Task IInboxConsumer.ConsumeAsync(object message, CancellationToken cancellationToken) =>
        HandleAsync((TMessage)message, cancellationToken);

    /// <summary>Makes the changes in the module's DbContext without saving: the inbox saves them with its row.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}

/// <summary>What the inbox processor calls, whatever the message type.</summary>
public interface IInboxConsumer
{
    Task ConsumeAsync(object message, CancellationToken cancellationToken);
}
