using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community.Features.Reading;

/// <summary>An article's visible comments, oldest first so a conversation reads in order.</summary>
internal sealed record ListComments(string Slug, int Page, int PageSize) : IRequest<IReadOnlyList<PublishedComment>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

/// <summary>What readers see of a comment: never the author's email or its moderation state.</summary>
internal sealed record PublishedComment(Guid Id, Guid? ParentId, string AuthorName, string Body, DateTime PostedAt);

internal sealed class ListCommentsValidator : AbstractValidator<ListComments>
{
    public ListCommentsValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListComments.MaxPageSize);
    }
}

internal sealed class ListCommentsHandler(CommunityDbContext db, IOptions<CommunityOptions> options, ReaderCache cache)
    : IRequestHandler<ListComments, IReadOnlyList<PublishedComment>>
{
    public Task<IReadOnlyList<PublishedComment>> Handle(ListComments request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(nameof(ListComments), request.Slug, request.Page, request.PageSize, () => ReadAsync(request, cancellationToken));

    private async Task<IReadOnlyList<PublishedComment>> ReadAsync(ListComments request, CancellationToken cancellationToken)
    {
        // Looked up first so an unknown article is a 404, not an empty list.
        var articleId = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && a.PublishedAt != null)
            .Select(a => (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("article", request.Slug);

        if (CommentQueries.Skip(request.Page, request.PageSize) is not { } skip)
        {
            return [];
        }

        return await db.VisibleComments(options.Value.HideAfterReports).AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
            .Skip(skip).Take(request.PageSize)
            .Select(c => new PublishedComment(c.Id, c.ParentId, c.AuthorName, c.Body, c.PostedAt))
            .ToListAsync(cancellationToken);
    }
}
