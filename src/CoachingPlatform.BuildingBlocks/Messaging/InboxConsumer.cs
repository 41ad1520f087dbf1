using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// A consumer whose effect happens once per message: the inbox row is saved in the same transaction
/// as the consumer's own changes, and a redelivered message finds it and stops.
/// </summary>
public abstract class InboxConsumer<TMessage>(IMessageStore store, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without id cannot be deduplicated.");
        var consumer = GetType().FullName!;
        if (await store.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
        {
            return;
        }

        await HandleAsync(context.Message, context.CancellationToken);
        store.Inbox.Add(new InboxMessage(messageId, consumer, clock.GetUtcNow().UtcDateTime));
        try
        {
            await store.Context.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same message may have won the race; then its effect stands alone.
            if (!await IsRecordedAsync(messageId, consumer, context.CancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>Makes the consumer's changes in the module's DbContext; they are saved with the inbox row.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    private async Task<bool> IsRecordedAsync(Guid messageId, string consumer, CancellationToken cancellationToken)
    {
        store.Context.ChangeTracker.Clear();
        return await store.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);
    }
}
