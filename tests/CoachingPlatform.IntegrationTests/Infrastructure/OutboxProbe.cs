using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Tells when the app's events have all had their effect: every outbox message published and recorded in
/// the inbox of each consumer of its type. Tests wait for it before counting what events caused (one mail,
/// not two); the reset waits for it so that no event of one test lands in the next.
/// </summary>
public sealed class OutboxProbe(IServiceProvider services)
{
    /// <summary>Message type → the inbox consumers that handle it, named as the inbox names them; read once the app is loaded.</summary>
    private readonly Lazy<ILookup<Type, string>> consumers = new(() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name?.StartsWith("CoachingPlatform.", StringComparison.Ordinal) == true)
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false } && InboxMessageType(t) is not null)
        .ToLookup(t => InboxMessageType(t)!, t => t.FullName!));

    public async Task WaitUntilHandledAsync(TimeSpan? timeout = null)
    {
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        await Eventually.UntilAsync(
            async () =>
            {
                // Waits for a dispatch in progress and publishes what is left, rather than for the next poll.
                await dispatcher.DispatchPendingAsync();
                return await UnhandledAsync();
            },
            unhandled => unhandled.Count == 0,
            "every event to be published and handled",
            timeout);
    }

    private async Task<List<string>> UnhandledAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var messages = new List<OutboxMessage>();
        var handled = new HashSet<(Guid, string)>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            messages.AddRange(await store.Outbox.AsNoTracking().ToListAsync());
            foreach (var row in await store.Inbox.AsNoTracking().Select(m => new { m.MessageId, m.Consumer }).ToListAsync())
            {
                handled.Add((row.MessageId, row.Consumer));
            }
        }

        var unhandled = new List<string>();
        foreach (var message in messages)
        {
            if (message.ProcessedAt is null)
            {
                unhandled.Add($"{message.Type} {message.Id} not published ({message.Error ?? "no error yet"})");
                continue;
            }

            message.ReadEvent(out var type);
            unhandled.AddRange(consumers.Value[type]
                .Where(consumer => !handled.Contains((message.Id, consumer)))
                .Select(consumer => $"{type.Name} {message.Id} not handled by {consumer}"));
        }

        return unhandled;
    }

    private static Type? InboxMessageType(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(InboxConsumer<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
