using CoachingPlatform.Subscriptions.Domain;

namespace CoachingPlatform.UnitTests.Subscriptions;

public sealed class DigestEditionTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void The_daily_edition_is_the_local_day_of_the_practice()
    {
        // 03:00 UTC on December 1st is still November 30th in New York.
        var edition = DigestEdition.At(DigestFrequency.Daily, new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc), NewYork);

        Assert.Equal("2026-11-30", edition.Period);
        Assert.Equal("daily:2026-11-30", edition.Key);
    }

    [Fact]
    public void The_weekly_edition_is_the_iso_week_so_every_run_in_it_is_the_same_edition()
    {
        var monday = DigestEdition.At(DigestFrequency.Weekly, new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Utc);
        var sunday = DigestEdition.At(DigestFrequency.Weekly, new DateTime(2026, 12, 6, 23, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Utc);

        Assert.Equal("2026-W49", monday.Period);
        Assert.Equal(monday, sunday);
    }

    [Fact]
    public void The_mail_key_names_subscriber_frequency_and_period()
    {
        var id = Guid.Parse("0196f0a0-0000-7000-8000-000000000001");

        var key = new DigestEdition(DigestFrequency.Weekly, "2026-W49").MailKey(id);

        Assert.Equal($"digest:{id}:weekly:2026-W49", key);
    }
}
