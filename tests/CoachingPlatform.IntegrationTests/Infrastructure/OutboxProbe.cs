using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Tells when the app's events have all had their effect: every outbox message published, every inbox
/// message handled (or dead) and every queued mail sent (or dead). Tests wait for it before counting what
/// events caused (one mail, not two); the reset waits for it so that no event of one test lands in the next.
/// It drives the host's own workers meanwhile, rather than waiting for their next poll.
/// </summary>
public sealed class OutboxProbe(IServiceProvider services)
{
    public async Task WaitUntilHandledAsync(TimeSpan? timeout = null)
    {
        var outbox = services.GetRequiredService<OutboxDispatcher>();
        var inbox = services.GetRequiredService<InboxProcessor>();
        var mail = services.GetRequiredService<MailDispatcher>();
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
    }

    /// <summary>What is still waiting, due or not: a failed item waiting for its backoff counts too.</summary>
    public async Task<Pending> PendingAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var pending = new List<string>();
        foreach (var store in scope.ServiceProvider.GetServices<IMessageStore>())
        {
            pending.AddRange(await store.Outbox.Pending().Select(m => $"event {m.Type} {m.Id} ({m.Error ?? "not yet published"})").ToListAsync());
            pending.AddRange(await store.Inbox.Pending().Select(m => $"message {m.Type} for {m.Consumer} ({m.Error ?? "not yet handled"})").ToListAsync());
            pending.AddRange(await store.Mail.Pending().Select(m => $"mail '{m.Subject}' to {m.To} ({m.Error ?? "not yet sent"})").ToListAsync());
        }

        return new Pending(pending);
    }

    public sealed record Pending(IReadOnlyList<string> Items)
    {
        public int Count => Items.Count;

        public override string ToString() => Items.Count == 0 ? "nothing pending" : string.Join("; ", Items);
    }
}
