using System.Globalization;

namespace CoachingPlatform.Web.Pages.Articles;

/// <summary>"just now", "5 minutes ago", "3 days ago": how long ago something was posted, in plain words.</summary>
public static class RelativeTime
{
    public static string Describe(DateTime then, DateTime now)
    {
        var elapsed = now - then;
        if (elapsed < TimeSpan.FromMinutes(1))
        {
            return "just now";
        }

        return elapsed switch
        {
            { TotalHours: < 1 } => Ago((int)elapsed.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Ago((int)elapsed.TotalHours, "hour"),
            { TotalDays: < 7 } => Ago((int)elapsed.TotalDays, "day"),
            { TotalDays: < 31 } => Ago((int)(elapsed.TotalDays / 7), "week"),
            { TotalDays: < 365 } => Ago((int)(elapsed.TotalDays / 30), "month"),
            _ => Ago((int)(elapsed.TotalDays / 365), "year"),
        };
    }

    /// <summary>The exact moment, for the <c>title</c> of a relative date.</summary>
    public static string Exact(DateTime utc) => utc.ToString("MMMM d, yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Ago(int count, string unit) => count == 1 ? $"1 {unit} ago" : $"{count} {unit}s ago";
}
