using CoachingPlatform.Subscriptions.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Integration;

internal sealed class ExportSubscriptionDataHandler(SubscriptionsDbContext db) : IRequestHandler<ExportSubscriptionData, SubscriptionExport?>
{
    public async Task<SubscriptionExport?> Handle(ExportSubscriptionData request, CancellationToken cancellationToken)
    {
        var email = Subscriber.NormalizeEmail(request.Email);
        var subscriber = await db.Subscribers.AsNoTracking().SingleOrDefaultAsync(s => s.Email == email, cancellationToken);
        return subscriber is null
            ? null
            : new SubscriptionExport(subscriber.Email, subscriber.Frequency.ToString().ToLowerInvariant(), subscriber.SubscribedAt, subscriber.ConfirmedAt);
    }
}
