using CoachingPlatform.Subscriptions.Features.CoachDigests;
using MediatR;

namespace CoachingPlatform.Subscriptions.Jobs;

/// <summary>The Hangfire entry point of the coaches' weekly progress digest.</summary>
internal sealed class CoachDigestJob(IMediator mediator)
{
    public const string Id = "coach-digest-weekly";

    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new SendCoachDigests(), cancellationToken);
}
