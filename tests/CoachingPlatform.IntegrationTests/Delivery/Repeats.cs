using CoachingPlatform.IntegrationTests.Infrastructure.Mail;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The mails a server received more than once, each with the kill nearest to its first copy and how far from
/// that kill the copy arrived. A mail whose data was on its way when the process died arrives at the server
/// around the kill, a little before or, while the server still reads it, a little after: that is the window
/// between the server's acceptance and the queue's commit. Its second copy can come one restart or more
/// later (the dead process's claim must expire first), so the second copy does not tell which kill it was.
/// A first copy far from every kill would point at something else.
/// </summary>
public sealed record Repeats(IReadOnlyList<Repeats.Repeat> All)
{
    public int Count => All.Count;

    public static Repeats In(IEnumerable<ReceivedMail> mails, Func<ReceivedMail, string?> key, IReadOnlyList<DateTimeOffset> kills) =>
        new(mails.Select(m => (Key: key(m), m.ReceivedAt)).Where(m => m.Key is not null).GroupBy(m => m.Key!).Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var first = g.Min(m => m.ReceivedAt);
                var kill = kills.OrderBy(k => (k - first).Duration()).Select(k => (DateTimeOffset?)k).FirstOrDefault();
                return Enumerable.Repeat(new Repeat(g.Key, first, first - kill), g.Count() - 1);
            })
            .ToList());

    public override string ToString() => All.Count == 0 ? "none" : string.Join("; ", All.Select(r => r.ToString()));

    /// <summary>One extra copy of a mail; <see cref="FromKill"/> is null when there was no kill at all.</summary>
    public sealed record Repeat(string Key, DateTimeOffset FirstAt, TimeSpan? FromKill)
    {
        public override string ToString() =>
            $"{Key} first at {FirstAt:HH:mm:ss.fff}, " + FromKill switch
            {
                null => "with no kill",
                { } from when from < TimeSpan.Zero => $"{-from.TotalMilliseconds:F0} ms before the nearest kill",
                { } from => $"{from.TotalMilliseconds:F0} ms after the nearest kill",
            };
    }
}
