using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.ListComments;

/// <summary>An article's approved comments, oldest first so a conversation reads in order.</summary>
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

internal sealed class ListCommentsHandler(CommunityDbContext db) : IRequestHandler<ListComments, IReadOnlyList<PublishedComment>>
{
    public async Task<IReadOnlyList<PublishedComment>> Handle(ListComments request, CancellationToken cancellationToken)
    {
        // Looked up first so an unknown article is a 404, not an empty list.
        var articleId = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == request.Slug)
            .Select(a => (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("article", request.Slug);

        // So far out the offset would wrap round to an earlier page; nothing can be there.
        var skip = (long)(request.Page - 1) * request.PageSize;
        if (skip > int.MaxValue)
        {
            return [];
        }

        return await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
            .Skip((int)skip).Take(request.PageSize)
            .Select(c => new PublishedComment(c.Id, c.ParentId, c.AuthorName, c.Body, c.PostedAt))
            .ToListAsync(cancellationToken);
    }
}
