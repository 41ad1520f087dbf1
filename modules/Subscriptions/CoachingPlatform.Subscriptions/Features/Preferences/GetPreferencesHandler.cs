using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;

namespace CoachingPlatform.Subscriptions.Features.Preferences;

internal sealed class GetPreferencesHandler(SubscriptionsDbContext db, ManageLinks links, IMediator mediator)
    : IRequestHandler<GetNewsletterPreferences, NewsletterPreferences>
{
    public async Task<NewsletterPreferences> Handle(GetNewsletterPreferences request, CancellationToken cancellationToken)
    {
        var subscriber = await SubscriberByLink.FindAsync(db, links, request.Token, cancellationToken);
        return SubscriberByLink.View(subscriber, await ClientOfAddress.FindAsync(mediator, subscriber.Email, cancellationToken) is not null);
    }
}
