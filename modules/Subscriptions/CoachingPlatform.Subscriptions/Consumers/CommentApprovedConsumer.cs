using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;

namespace CoachingPlatform.Subscriptions.Consumers;

/// <summary>Keeps the digest's copy of approved comments and counts each reply on the comment it answers.</summary>
internal sealed class CommentApprovedConsumer(SubscriptionsDbContext db) : InboxConsumer<CommentApproved>
{
    protected override async Task HandleAsync(CommentApproved message, CancellationToken cancellationToken)
    {
        // The inbox runs a message once; this guards a comment approved again after being hidden.
        if (await db.DigestComments.FindAsync([message.CommentId], cancellationToken) is not null)
        {
            return;
        }

        db.DigestComments.Add(DigestComment.From(message.CommentId, message.ParentId, message.ArticleSlug, message.ArticleTitle,
            message.AuthorName, message.BodyExcerpt, message.ApprovedAt));
        if (message.ParentId is { } parentId && await db.DigestComments.FindAsync([parentId], cancellationToken) is { } parent)
        {
            parent.CountReply();
        }
    }
}
