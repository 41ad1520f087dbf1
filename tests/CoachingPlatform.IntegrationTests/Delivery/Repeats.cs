using CoachingPlatform.IntegrationTests.Infrastructure.Mail;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The mails a server received more than once, with how long before the next kill each arrived the first
/// time: the window between the server's acceptance and the queue's commit ends at a kill, so a repeat's
/// distance to it shows how long that window was open (a process starved of CPU can stall in it for seconds).
/// </summary>
public sealed record Repeats(IReadOnlyList<Repeats.Repeat> All)
{
    public int Count => All.Count;

    public static Repeats In(IEnumerable<ReceivedMail> mails, Func<ReceivedMail, string?> key, IReadOnlyList<DateTimeOffset> kills) =>
        new(mails.Select(m => (Key: key(m), m.ReceivedAt)).Where(m => m.Key is not null).GroupBy(m => m.Key!).Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var first = g.Min(m => m.ReceivedAt);
                var kill = kills.Where(k => k >= first).Order().Select(k => (DateTimeOffset?)k).FirstOrDefault();
                return Enumerable.Repeat(new Repeat(g.Key, first, kill - first), g.Count() - 1);
            })
            .ToList());

    public override string ToString() => All.Count == 0 ? "none" : string.Join("; ", All.Select(r => r.ToString()));

    /// <summary>One extra copy of a mail; <see cref="BeforeKill"/> is null when no kill followed its first copy.</summary>
    public sealed record Repeat(string Key, DateTimeOffset FirstAt, TimeSpan? BeforeKill)
    {
        public override string ToString() =>
            $"{Key} first at {FirstAt:HH:mm:ss.fff}, {(BeforeKill is { } before ? $"{before.TotalMilliseconds:F0} ms before a kill" : "after the last kill")}";
    }
}
