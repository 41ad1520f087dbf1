using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;

namespace CoachingPlatform.Subscriptions.Consumers;

/// <summary>Keeps the digest's copy of the published articles, so digests never read the Community's tables.</summary>
internal sealed class ArticlePublishedConsumer(SubscriptionsDbContext db) : InboxConsumer<ArticlePublished>
{
    protected override async Task HandleAsync(ArticlePublished message, CancellationToken cancellationToken)
    {
        var known = await db.DigestArticles.FindAsync([message.ArticleId], cancellationToken);
        if (known is null)
        {
            db.DigestArticles.Add(DigestArticle.From(message.ArticleId, message.Slug, message.Title, message.Excerpt, message.PublishedAt));
        }
        else
        {
            known.Republish(message.Slug, message.Title, message.Excerpt, message.PublishedAt);
        }
    }
}
