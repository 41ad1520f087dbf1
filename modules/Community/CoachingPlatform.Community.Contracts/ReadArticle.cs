using MediatR;

namespace CoachingPlatform.Community.Contracts;

/// <summary>
/// A published article as its page shows it: the body as sanitized HTML and one page of its visible
/// conversations (top-level comments, oldest first, each followed by its replies).
/// </summary>
public sealed record ReadArticle(string Slug, int Page = 1) : IRequest<ArticleForReaders>
{
    public const int ThreadsPerPage = 30;
}

/// <summary><paramref name="Html"/> is safe to write as it is: Markdown without raw HTML, then sanitized.</summary>
public sealed record ArticleForReaders(
    string Slug,
    string Title,
    string Html,
    DateTime PublishedAt,
    int CommentCount,
    IReadOnlyList<ThreadedComment> Comments,
    int Page,
    bool HasMorePages);

/// <summary>A visible comment in reading order; <paramref name="Depth"/> is its indentation, 0 to 3 (deeper replies stay at 3).</summary>
public sealed record ThreadedComment(Guid Id, Guid? ParentId, string AuthorName, string Body, DateTime PostedAt, int Depth);
