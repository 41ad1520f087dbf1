namespace CoachingPlatform.Programs.Domain;

/// <summary>
/// The client's own say over coaching reminders: their time zone, quiet hours in which no reminder
/// is sent, and how many reminders a week they accept (0 turns them off). Separate from any newsletter.
/// </summary>
internal sealed class ClientPreferences
{
    public const int MaxWeeklyBudget = 14;

    private ClientPreferences()
    {
    }

    public Guid ClientId { get; private set; }

    public string TimeZone { get; private set; } = "UTC";

    public TimeOnly QuietHoursStart { get; private set; } = new(21, 0);

    public TimeOnly QuietHoursEnd { get; private set; } = new(8, 0);

    public int WeeklyReminderBudget { get; private set; } = 2;

    public static ClientPreferences DefaultFor(Guid clientId) => new() { ClientId = clientId };

    public void Update(string timeZone, TimeOnly quietStart, TimeOnly quietEnd, int weeklyBudget)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            throw new ArgumentException($"Unknown time zone '{timeZone}'.", nameof(timeZone));
        }

        if (weeklyBudget is < 0 or > MaxWeeklyBudget)
        {
            throw new ArgumentOutOfRangeException(nameof(weeklyBudget));
        }

        TimeZone = timeZone;
        QuietHoursStart = quietStart;
        QuietHoursEnd = quietEnd;
        WeeklyReminderBudget = weeklyBudget;
    }

    public DateTime LocalTime(DateTime utcNow) => LocalTime(TimeZone, utcNow);

    public DateOnly Today(DateTime utcNow) => Today(TimeZone, utcNow);

    /// <summary>The day it is for a client in <paramref name="timeZone"/> (UTC when unknown or not set).</summary>
    public static DateOnly Today(string? timeZone, DateTime utcNow) => DateOnly.FromDateTime(LocalTime(timeZone, utcNow));

    private static DateTime LocalTime(string? timeZone, DateTime utcNow) =>
        TimeZoneInfo.ConvertTimeFromUtc(utcNow, timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>Quiet hours may wrap midnight (21:00 to 08:00); equal start and end means none.</summary>
    public bool IsQuiet(DateTime utcNow)
    {
        var now = TimeOnly.FromDateTime(LocalTime(utcNow));
        if (QuietHoursStart == QuietHoursEnd)
        {
            return false;
        }

        return QuietHoursStart < QuietHoursEnd
            ? now >= QuietHoursStart && now < QuietHoursEnd
            : now >= QuietHoursStart || now < QuietHoursEnd;
    }
}
