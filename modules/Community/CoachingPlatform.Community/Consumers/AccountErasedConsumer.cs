using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Consumers;

/// <summary>
/// A client erased their account: their comments stay in the conversations others replied to, but without
/// their name or address.
/// </summary>
internal sealed class AccountErasedConsumer(CommunityDbContext db)
    : InboxConsumer<AccountErased>
{
    protected override async Task HandleAsync(AccountErased message, CancellationToken cancellationToken)
    {
        var email = message.Email.Trim().ToLowerInvariant();
        var comments = await db.Comments.Where(c => c.Email.ToLower() == email).ToListAsync(cancellationToken);
        comments.ForEach(c => c.Anonymize());
    }
}
