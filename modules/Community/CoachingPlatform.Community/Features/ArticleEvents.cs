using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Domain;

namespace CoachingPlatform.Community.Features;

internal static class ArticleEvents
{
    public static ArticlePublished Published(Article article) =>
        new(article.Id, article.Slug, article.Title, article.Excerpt, article.PublishedAt ?? throw new InvalidOperationException("The article is not published."));
}
