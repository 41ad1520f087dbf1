using MediatR;

namespace CoachingPlatform.Subscriptions.Contracts;

/// <summary>Subscriber counts by status and frequency (paused counted apart) and one page of recent runs.</summary>
public sealed record GetNewsletterOverview(int Page = 1) : IRequest<NewsletterOverview>
{
    public const int RunsPerPage = 20;
}

public sealed record NewsletterOverview(IReadOnlyList<SubscriberCount> Counts, IReadOnlyList<DigestRunSummary> Runs);

public sealed record SubscriberCount(string Status, string Frequency, bool Paused, int Count);

/// <summary>A run: <paramref name="Due"/> subscribers at its start, <paramref name="Handled"/> so far; sent and failed come from the mail queue.</summary>
public sealed record DigestRunSummary(
    Guid Id, string Frequency, string Period, int Due, int Handled, int Recipients, int NothingNew, int Sent, int Failed,
    DateTime StartedAt, DateTime? FinishedAt, double? DurationSeconds);

/// <summary>Enqueues the digest job the schedule runs; answers the Hangfire job id.</summary>
public sealed record EnqueueDigestRun(string Frequency) : IRequest<string>;

/// <summary>The digest a subscriber of this frequency would receive if the job ran now; null when there is nothing new.</summary>
public sealed record PreviewDigest(string Frequency) : IRequest<DigestPreview?>;

public sealed record DigestPreview(string Subject, string Html, string Text);
