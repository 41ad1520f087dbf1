using CoachingPlatform.IntegrationTests.Infrastructure.Mail;

namespace CoachingPlatform.IntegrationTests.Delivery;

/// <summary>
/// The mails a server received more than once, each with the kill that made it repeat (the last kill before
/// its second copy) and when its first copy arrived relative to that kill. A mail whose data was on its way
/// when the process died arrives at the server around the kill, a little before or, when the server is
/// still reading it, a little after: that is the window between the server's acceptance and the queue's
/// commit. A first copy far from its kill would point at something else.
/// </summary>
public sealed record Repeats(IReadOnlyList<Repeats.Repeat> All)
{
    public int Count => All.Count;

    public static Repeats In(IEnumerable<ReceivedMail> mails, Func<ReceivedMail, string?> key, IReadOnlyList<DateTimeOffset> kills) =>
        new(mails.Select(m => (Key: key(m), m.ReceivedAt)).Where(m => m.Key is not null).GroupBy(m => m.Key!).Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var copies = g.Select(m => m.ReceivedAt).Order().ToList();
                var kill = kills.Where(k => k <= copies[1]).Order().Select(k => (DateTimeOffset?)k).LastOrDefault();
                return Enumerable.Repeat(new Repeat(g.Key, copies[0], copies[0] - kill), g.Count() - 1);
            })
            .ToList());

    public override string ToString() => All.Count == 0 ? "none" : string.Join("; ", All.Select(r => r.ToString()));

    /// <summary>One extra copy of a mail; <see cref="FromKill"/> is null when no kill came before its second copy.</summary>
    public sealed record Repeat(string Key, DateTimeOffset FirstAt, TimeSpan? FromKill)
    {
        public override string ToString() =>
            $"{Key} first at {FirstAt:HH:mm:ss.fff}, " + FromKill switch
            {
                null => "with no kill before its second copy",
                { } from when from < TimeSpan.Zero => $"{-from.TotalMilliseconds:F0} ms before its kill",
                { } from => $"{from.TotalMilliseconds:F0} ms after its kill",
            };
    }
}
