using System.Globalization;

namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>
/// Which edition a run at a given moment belongs to: the local day for the daily digest, the ISO week for
/// the weekly one, in the practice's time zone. Every run in the same period is the same edition, so the
/// ledger sends each subscriber one digest per period however many runs there are.
/// </summary>
internal sealed record DigestEdition(DigestFrequency Frequency, string Period)
{
    public string Key => $"{DigestFrequencies.NameOf(Frequency)}:{Period}";

    public TimeSpan Length => Frequency == DigestFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);

    public string MailKey(Guid subscriberId) => $"digest:{subscriberId}:{Key}";

    public static DigestEdition At(DigestFrequency frequency, DateTime utcNow, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), zone);
        var period = frequency == DigestFrequency.Daily
            ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}";
        return new DigestEdition(frequency, period);
    }
}
