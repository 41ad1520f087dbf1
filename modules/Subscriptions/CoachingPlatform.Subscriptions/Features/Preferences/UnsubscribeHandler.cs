using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;

namespace CoachingPlatform.Subscriptions.Features.Preferences;

internal sealed class UnsubscribeHandler(SubscriptionsDbContext db, ManageLinks links, TimeProvider clock)
    : IRequestHandler<UnsubscribeFromNewsletter, NewsletterPreferences>
{
    public async Task<NewsletterPreferences> Handle(UnsubscribeFromNewsletter request, CancellationToken cancellationToken)
    {
        var subscriber = await SubscriberByLink.FindAsync(db, links, request.Token, cancellationToken);
        subscriber.Unsubscribe(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        // One-click unsubscribe needs no more than the answer; whether the address is a client does not matter here.
        return SubscriberByLink.View(subscriber, isClient: false);
    }
}
