using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Features.Digests;
using MediatR;

namespace CoachingPlatform.Subscriptions.Jobs;

/// <summary>The Hangfire entry point of a digest run, for the schedule and for "run now" alike.</summary>
internal sealed class DigestJob(IMediator mediator)
{
    public const string DailyId = "digest-daily";
    public const string WeeklyId = "digest-weekly";

    public Task RunAsync(string frequency, CancellationToken cancellationToken) =>
        mediator.Send(new SendDigests(DigestFrequencies.Parse(frequency)), cancellationToken);
}
