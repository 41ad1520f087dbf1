using CoachingPlatform.BuildingBlocks.Errors;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// The transport's consumer for one inbox consumer: it only stores the message in that consumer's module
/// inbox and returns, so the transport counts the message delivered once it is durable there. A second
/// delivery of the same message finds the row and stores nothing. The save wakes the inbox processor.
/// </summary>
internal sealed class InboxWriter<TMessage, TConsumer>(IServiceProvider services, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
{
    private static readonly string Name = ConsumerCatalog.NameOf(typeof(TConsumer));

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without id cannot be stored in an inbox.");
        var entry = services.GetRequiredService<ConsumerCatalog>().Find(Name);
        var store = (IMessageStore)services.GetRequiredService(entry.ContextType);
        if (await store.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == Name, context.CancellationToken))
        {
            return;
        }

        store.Inbox.Add(InboxMessage.Receive(messageId, Name, context.Message, typeof(TMessage), clock.GetUtcNow().UtcDateTime));
        try
        {
            await store.Context.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A concurrent delivery of the same message stored it first.
            store.Context.ChangeTracker.Clear();
        }
    }
}
