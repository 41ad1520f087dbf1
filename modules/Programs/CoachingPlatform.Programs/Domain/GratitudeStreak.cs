namespace CoachingPlatform.Programs.Domain;

internal static class GratitudeStreak
{
    /// <summary>
    /// Consecutive days with an entry, ending today, or yesterday when today's entry is still to come
    /// (a streak is not broken until the day is over).
    /// </summary>
    public static int Compute(IEnumerable<DateOnly> days, DateOnly today)
    {
        var set = days.ToHashSet();
        var day = set.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (set.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
