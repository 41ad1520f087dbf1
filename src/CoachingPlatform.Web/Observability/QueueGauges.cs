using System.Diagnostics.Metrics;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Observability;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Web.Observability;

/// <summary>
/// Gauges read from the database when metrics are collected: outbox, inbox and mail queue depth per module,
/// the age of the oldest unpublished event, and the dead letters. One reading serves every gauge for a few
/// seconds, so a scrape costs one round of small counting queries.
/// </summary>
internal sealed class QueueGauges
{
    public const string MeterName = PlatformTelemetry.Name + ".Queues";

    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory scopes;
    private readonly IEnumerable<ModuleStore> stores;
    private readonly IEnumerable<IDeadLetterSource> otherDeadLetters;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private (DateTime At, IReadOnlyList<QueueDepth> Depths, int Dead)? reading;
    private long readAt;

    public QueueGauges(IMeterFactory meters, IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, IEnumerable<IDeadLetterSource> otherDeadLetters, TimeProvider clock)
    {
        this.scopes = scopes;
        this.stores = stores;
        this.otherDeadLetters = otherDeadLetters;
        this.clock = clock;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("coaching.outbox.depth", () => Per(d => d.Outbox), "{message}", "Events written but not yet published.");
        meter.CreateObservableGauge("coaching.outbox.oldest_age", () => Per(d => d.OldestOutboxSeconds), "s", "Age of the oldest event not yet published.");
        meter.CreateObservableGauge("coaching.inbox.depth", () => Per(d => d.Inbox), "{message}", "Messages received but not yet handled.");
        meter.CreateObservableGauge("coaching.mail.queue.depth", () => Per(d => d.Mail), "{mail}", "Mails queued but not yet sent.");
        meter.CreateObservableGauge("coaching.dead_letters", () => Read().Dead, "{item}", "Events, messages, mails and backups that exhausted their retries.");
    }

    /// <summary>The current depths, for the system page too.</summary>
    public IReadOnlyList<QueueDepth> Depths() => Read().Depths;

    private IEnumerable<Measurement<double>> Per(Func<QueueDepth, double> value) =>
        Read().Depths.Select(d => new Measurement<double>(value(d), new KeyValuePair<string, object?>("module", d.Module)));

    private (DateTime At, IReadOnlyList<QueueDepth> Depths, int Dead) Read()
    {
        lock (gate)
        {
            // Freshness by the machine's ticks: the app's clock may stand still (tests) or jump.
            if (reading is { } last && Environment.TickCount64 - readAt < Fresh.TotalMilliseconds)
            {
                return last;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            using var scope = scopes.CreateScope();
            var depths = new List<QueueDepth>();
            var dead = 0;
            foreach (var module in stores)
            {
                var store = (IMessageStore)scope.ServiceProvider.GetRequiredService(module.ContextType);
                var oldest = store.Outbox.Pending().Min(m => (DateTime?)m.OccurredAt);
                depths.Add(new QueueDepth(
                    module.ContextType.Name.Replace("DbContext", "", StringComparison.Ordinal),
                    store.Outbox.Pending().Count(),
                    oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0,
                    store.Inbox.Pending().Count(),
                    store.Mail.Pending().Count()));
                dead += store.Outbox.Count(m => m.DeadAt != null && m.DiscardedAt == null)
                    + store.Inbox.Count(m => m.DeadAt != null && m.DiscardedAt == null)
                    + store.Mail.Count(m => m.DeadAt != null && m.DiscardedAt == null);
            }

            foreach (var source in otherDeadLetters)
            {
                dead += source.CountAsync(CancellationToken.None).GetAwaiter().GetResult();
            }

            reading = (now, depths, dead);
            readAt = Environment.TickCount64;
            return reading.Value;
        }
    }
}

internal sealed record QueueDepth(string Module, int Outbox, double OldestOutboxSeconds, int Inbox, int Mail);
