using CoachingPlatform.IntegrationTests.Infrastructure.Mail;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The mails a server received more than once, with where each stands against the kills: a repeat that the
/// window between the server's acceptance and the queue's commit explains arrived the first time just
/// before a kill (the process died before its mark committed), never long before one or after the last.
/// </summary>
public sealed record Repeats(IReadOnlyList<Repeats.Repeat> All)
{
    /// <summary>A mail the window cannot explain arrived the first time more than this before the next kill.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    public int Count => All.Count;

    public IEnumerable<Repeat> Unexplained => All.Where(r => r.BeforeKill is not { } before || before > Window);

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
