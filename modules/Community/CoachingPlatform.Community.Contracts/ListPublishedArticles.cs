using MediatR;

namespace CoachingPlatform.Community.Contracts;

/// <summary>Published articles, newest first, one page at a time.</summary>
public sealed record ListPublishedArticles(int Page, int PageSize) : IRequest<IReadOnlyList<PublishedArticle>>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

/// <summary><paramref name="CommentCount"/> counts the comments readers can see.</summary>
public sealed record PublishedArticle(string Slug, string Title, string Excerpt, DateTime PublishedAt, int CommentCount);
