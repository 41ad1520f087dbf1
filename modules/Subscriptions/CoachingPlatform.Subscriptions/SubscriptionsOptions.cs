using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.Subscriptions;

/// <summary>When digests go out and how a run is cut into batches.</summary>
internal sealed class SubscriptionsOptions : IValidatableObject
{
    public const string Section = "Subscriptions";

    /// <summary>Local time of the daily run, and of the weekly run on <see cref="WeeklyOn"/>.</summary>
    public TimeOnly DailyAt { get; set; } = new(7, 0);

    public DayOfWeek WeeklyOn { get; set; } = DayOfWeek.Monday;

    /// <summary>An IANA or Windows time zone id.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Subscribers read, mailed and saved together: one short transaction each.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 500;

    [Range(1, 50)]
    public int MaxArticles { get; set; } = 10;

    [Range(0, 20)]
    public int MaxComments { get; set; } = 5;

    /// <summary>
    /// The address in the mailto of List-Unsubscribe (default: Email:FromAddress). The application reads no
    /// mailbox: the operator watches this one and unsubscribes those who write to it.
    /// </summary>
    [EmailAddress]
    public string? UnsubscribeMailbox { get; set; }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
        }
    }
}
