using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>Subscriber counts by status and frequency (paused counted apart) and one page of recent runs.</summary>
public sealed record GetNewsletterOverview(int Page = 1) : IRequest<NewsletterOverview>
{
    public const int RunsPerPage = 20;
}

public sealed record NewsletterOverview(IReadOnlyList<SubscriberCount> Counts, IReadOnlyList<DigestRunSummary> Runs);

public sealed record SubscriberCount(string Status, string Frequency, bool Paused, int Count);

/// <summary>
/// A run of the <paramref name="Kind"/> "newsletter" (subscribers) or "coaches" (the coaches' weekly progress digest):
/// <paramref name="Due"/> recipients at its start, <paramref name="Handled"/> so far; sent and failed come from the mail queue.
/// </summary>
public sealed record DigestRunSummary(
    Guid Id, string Kind, string Frequency, string Period, int Due, int Handled, int Recipients, int NothingNew, int Sent, int Failed,
    DateTime StartedAt, DateTime? FinishedAt, double? DurationSeconds)
{
    public const string Newsletter = "newsletter";
    public const string Coaches = "coaches";
}

/// <summary>Enqueues the digest job the schedule runs; answers the Hangfire job id.</summary>
public sealed record EnqueueDigestRun(string Frequency) : IRequest<string>;

/// <summary>Enqueues the coaches' weekly progress digest job the schedule runs; answers the Hangfire job id.</summary>
public sealed record EnqueueCoachDigestRun : IRequest<string>;

/// <summary>The digest a subscriber of this frequency would receive if the job ran now; null when there is nothing new.</summary>
public sealed record PreviewDigest(string Frequency) : IRequest<DigestPreview?>;

public sealed record DigestPreview(string Subject, string Html, string Text);
