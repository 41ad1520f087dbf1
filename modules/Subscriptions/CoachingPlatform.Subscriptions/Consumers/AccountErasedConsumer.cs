using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Consumers;

/// <summary>A client erased their account: the newsletter subscription of their address is removed with it.</summary>
internal sealed class AccountErasedConsumer(SubscriptionsDbContext db)
    : InboxConsumer<AccountErased>
{
    protected override async Task HandleAsync(AccountErased message, CancellationToken cancellationToken)
    {
        var email = Subscriber.NormalizeEmail(message.Email);
        db.Subscribers.RemoveRange(await db.Subscribers.Where(s => s.Email == email).ToListAsync(cancellationToken));
    }
}
