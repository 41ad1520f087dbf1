using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Tells when the app's events have all had their effect: every outbox message published and stored in the
/// inbox of each of its consumers, every inbox message handled (or dead) and every queued mail sent (or
/// dead). Tests wait for it before counting what events caused (one mail, not two); the reset waits for it so
/// that no event of one test lands in the next. It drives the host's own workers meanwhile, rather than
/// waiting for their next poll. With the in-process transport an event is in its inboxes once published;
/// through a broker it arrives later, when the broker delivers it, which is why arrival is checked apart.
/// </summary>
public sealed class OutboxProbe(IServiceProvider services)
{
    public async Task WaitUntilHandledAsync(TimeSpan? timeout = null)
    {
        var outbox = services.GetRequiredService<OutboxDispatcher>();
        var inbox = services.GetRequiredService<InboxProcessor>();
        var mail = services.GetRequiredService<MailDispatcher>();
        try
        {
            await WaitAsync(outbox, inbox, mail, timeout);
        }
        catch (TimeoutException timedOut)
        {
            throw new TimeoutException($"{timedOut.Message} Still pending: {string.Join("; ", await PendingAsync())}", timedOut);
        }
    }

    private async Task WaitAsync(OutboxDispatcher outbox, InboxProcessor inbox, MailDispatcher mail, TimeSpan? timeout) =>
        await Eventually.UntilAsync(
            async () =>
            {
                await outbox.DrainAsync();
                await inbox.DrainAsync();
                await mail.DrainAsync();
                return await PendingAsync();
            },
            pending => pending.Count == 0,
            "every event to be published and handled, and every mail sent",
            timeout);

    /// <summary>
    /// What is still waiting, due or not: a failed item waiting for its backoff counts too, and so does an
    /// event published but not yet stored in the inbox of one of its consumers (still with the broker).
    /// </summary>
    public async Task<Pending> PendingAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var pending = new List<string>();
        var published = new List<(Guid Id, string Type)>();
        var stored = new HashSet<(Guid MessageId, string Consumer)>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            pending.AddRange(await store.Outbox.Pending().Select(m => $"event {m.Type} {m.Id} ({m.Error ?? "not yet published"})").ToListAsync());
            pending.AddRange(await store.Inbox.Pending().Select(m => $"message {m.Type} for {m.Consumer} ({m.Error ?? "not yet handled"})").ToListAsync());
            pending.AddRange(await store.Mail.Pending().Select(m => $"mail '{m.Subject}' to {m.To} ({m.Error ?? "not yet sent"})").ToListAsync());
            published.AddRange((await store.Outbox.AsNoTracking().Where(m => m.ProcessedAt != null).Select(m => new { m.Id, m.Type }).ToListAsync())
                .Select(m => (m.Id, m.Type)));
            stored.UnionWith((await store.Inbox.AsNoTracking().Select(m => new { m.MessageId, m.Consumer }).ToListAsync())
                .Select(m => (m.MessageId, m.Consumer)));
        }

        pending.AddRange(NotYetArrived(scope.ServiceProvider.GetRequiredService<ConsumerCatalog>(), published, stored));
        return new Pending(pending);
    }

    /// <summary>Each published event that some consumer's inbox does not hold yet, once per such consumer.</summary>
    private static IEnumerable<string> NotYetArrived(ConsumerCatalog catalog, List<(Guid Id, string Type)> published, HashSet<(Guid, string)> stored)
    {
        var consumersOf = catalog.All.ToLookup(e => e.Message);
        foreach (var (id, typeName) in published)
        {
            var type = Type.GetType(typeName, throwOnError: true)!;
            foreach (var consumer in consumersOf[type].Where(c => !stored.Contains((id, c.Name))))
            {
                yield return $"event {typeName} {id} (published, not yet in the inbox of {consumer.Name})";
            }
        }
    }

    public sealed record Pending(IReadOnlyList<string> Items)
    {
        public int Count => Items.Count;

        public override string ToString() => Items.Count == 0 ? "nothing pending" : string.Join("; ", Items);
    }
}
