using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>How events, consumers and mails are retried and how long a worker's claim lasts.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Attempts before an item becomes a dead letter.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry's delay; each later one doubles it, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    [Range(0.01, 3600)]
    public double RetryDelaySeconds { get; set; } = 5;

    [Range(1, 86400)]
    public double MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>How long a claim lasts: a worker that died holding rows gives them up after this.</summary>
    /// <summary>A mail is sent only while at least half the claim is left, so this is kept well above twice the SMTP timeout.</summary>
    [Range(1, 3600)]
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>How often the workers look for due items when no commit wakes them.</summary>
    [Range(0.05, 300)]
    public double PollSeconds { get; set; } = 5;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    public RetryPolicy Retry => new(MaxAttempts, TimeSpan.FromSeconds(RetryDelaySeconds), TimeSpan.FromSeconds(MaxRetryDelaySeconds));

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);
}
