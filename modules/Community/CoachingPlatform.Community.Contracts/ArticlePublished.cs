namespace CoachingPlatform.Community.Contracts;

/// <summary>An article went public (first publication or again after being taken down).</summary>
public sealed record ArticlePublished(Guid ArticleId, string Slug, string Title, string Excerpt, DateTime PublishedAt);
