using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachingPlatform.Community.Domain;

/// <summary>
/// Scores a new comment from its signals. Each finding adds points and a reason; the configuration names
/// the blocked domains and words, the flood limit and the time a person needs to write a comment.
/// </summary>
internal sealed partial class SpamScorer(CommunityOptions options)
{
    public const int PerLink = 2;
    public const int BlockedDomain = 10;
    public const int BlockedWord = 6;
    public const int RepeatedText = 5;
    public const int TooFast = 4;
    public const int Honeypot = 10;
    public const int Flood = 6;

    public SpamVerdict Score(SpamSignals signals)
    {
        var score = 0;
        var reasons = new List<string>();
        void Add(int points, string reason)
        {
            score += points;
            reasons.Add(reason);
        }

        var text = $"{signals.AuthorName}\n{signals.Body}";
        var links = Links().Count(text);
        if (links > 0)
        {
            Add(links * PerLink, links == 1 ? "1 link" : $"{links} links");
        }

        foreach (var domain in options.BlockedDomains.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()))
        {
            if (Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(domain)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                Add(BlockedDomain, $"blocked domain {domain}");
            }
        }

        foreach (var word in options.BlockedWords.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()))
        {
            if (Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(word)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                Add(BlockedWord, $"blocked word \"{word}\"");
            }
        }

        if (signals.RepeatsEarlierComment)
        {
            Add(RepeatedText, "repeats an earlier comment");
        }
        else if (IsRepetitive(signals.Body))
        {
            Add(RepeatedText, "repeated text");
        }

        if (signals.TimeOnPage is { } onPage && onPage.TotalSeconds < options.MinimumSecondsOnPage)
        {
            Add(TooFast, $"posted {Math.Max(0, onPage.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)} s after opening the page");
        }

        if (signals.HoneypotFilled)
        {
            Add(Honeypot, "filled the hidden field");
        }

        if (signals.RecentFromAddress >= options.FloodLimit)
        {
            Add(Flood, $"{signals.RecentFromAddress} other comments from the same address in {options.FloodWindowMinutes} minutes");
        }

        return new SpamVerdict(score, reasons);
    }

    /// <summary>Spam at or over the threshold; a returning commenter with a low score is trusted; everyone else waits.</summary>
    public CommentStatus Classify(SpamVerdict verdict, bool returningCommenter) =>
        verdict.Score >= options.SpamThreshold ? CommentStatus.Spam
        : returningCommenter && verdict.Score <= options.AutoApproveMaxScore ? CommentStatus.Approved
        : CommentStatus.Pending;

    /// <summary>A run of one character, or a short text said over and over.</summary>
    private static bool IsRepetitive(string body)
    {
        if (RepeatedCharacter().IsMatch(body))
        {
            return true;
        }

        var words = Words().Matches(body).Select(m => m.Value.ToLowerInvariant()).ToList();
        return words.Count >= 12 && words.Distinct().Count() * 10 < words.Count * 3;
    }

    [GeneratedRegex(@"(?:\bhttps?://|\bwww\.)[^\s<>""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();

    [GeneratedRegex(@"(\S)\1{11,}")]
    private static partial Regex RepeatedCharacter();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
