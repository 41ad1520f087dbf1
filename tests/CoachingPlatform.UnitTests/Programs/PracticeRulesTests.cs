using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.UnitTests.Programs;

public sealed class PracticeRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_gratitude_streak_counts_consecutive_days_up_to_today()
    {
        var streak = GratitudeStreak.Compute([Today, Today.AddDays(-1), Today.AddDays(-2), Today.AddDays(-4)], Today);

        Assert.Equal(3, streak);
    }

    [Fact]
    public void A_gratitude_streak_is_not_broken_until_today_is_over()
    {
        var streak = GratitudeStreak.Compute([Today.AddDays(-1), Today.AddDays(-2)], Today);

        Assert.Equal(2, streak);
    }

    [Fact]
    public void A_gratitude_entry_has_exactly_three_lines()
    {
        Assert.Throws<ArgumentException>(() => GratitudeEntry.Record(Guid.CreateVersion7(), Today, ["one", "two"], DateTime.UtcNow));
    }

    [Theory]
    [InlineData(22, true)]
    [InlineData(3, true)]
    [InlineData(8, false)]
    [InlineData(14, false)]
    public void Quiet_hours_wrap_midnight_in_the_client_s_time_zone(int localHour, bool quiet)
    {
        var preferences = ClientPreferences.DefaultFor(Guid.CreateVersion7());
        preferences.Update("Europe/Paris", new TimeOnly(21, 0), new TimeOnly(8, 0), 2);
        var utc = new DateTime(2026, 1, 15, localHour, 0, 0, DateTimeKind.Utc).AddHours(-1); // Paris is UTC+1 in January

        Assert.Equal(quiet, preferences.IsQuiet(utc));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var preferences = ClientPreferences.DefaultFor(Guid.CreateVersion7());

        Assert.Throws<ArgumentException>(() => preferences.Update("Mars/Olympus", new TimeOnly(21, 0), new TimeOnly(8, 0), 2));
    }
}
