using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.Community;

/// <summary>Moderation and spam settings, from the <c>Community</c> configuration section.</summary>
internal sealed class CommunityOptions
{
    public const string Section = "Community";

    /// <summary>Reports (since the last decision) after which an approved comment is hidden until an admin decides again.</summary>
    [Range(1, 1000)]
    public int HideAfterReports { get; set; } = 3;

    /// <summary>A spam score at or above this sends a comment straight to spam.</summary>
    [Range(1, 1000)]
    public int SpamThreshold { get; set; } = 10;

    /// <summary>A returning commenter's comment scoring at most this is approved at once.</summary>
    [Range(0, 1000)]
    public int AutoApproveMaxScore { get; set; } = 2;

    /// <summary>A form sent sooner than this after the page was opened counts as posted too fast.</summary>
    [Range(0, 3600)]
    public int MinimumSecondsOnPage { get; set; } = 5;

    /// <summary>This many comments from one address within <see cref="FloodWindowMinutes"/> make the next one a flood.</summary>
    [Range(1, 10_000)]
    public int FloodLimit { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int FloodWindowMinutes { get; set; } = 10;

    /// <summary>Domains whose links (or mentions) mark a comment as spam, e.g. "casino.example".</summary>
    public string[] BlockedDomains { get; set; } = [];

    /// <summary>Words (whole words, any case) that count heavily towards spam.</summary>
    public string[] BlockedWords { get; set; } = [];
}
