using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Features.Subscribe;
using MediatR;

namespace CoachingPlatform.Subscriptions.Integration;

/// <summary>Sends the module's own Subscribe request, so its validation and rules apply unchanged.</summary>
internal sealed class SubscribeToNewsletterHandler(IMediator mediator) : IRequestHandler<SubscribeToNewsletter, Unit>
{
    public Task<Unit> Handle(SubscribeToNewsletter request, CancellationToken cancellationToken) =>
        mediator.Send(new Subscribe(request.Email ?? "", request.Frequency ?? ""), cancellationToken);
}
