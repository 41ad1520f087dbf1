using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.ListArticles;

/// <summary>Published articles, newest first, one page at a time.</summary>
internal sealed record ListArticles(int Page, int PageSize) : IRequest<IReadOnlyList<ArticleSummary>>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

internal sealed record ArticleSummary(string Slug, string Title, DateTime PublishedAt, int CommentCount);

internal sealed class ListArticlesValidator : AbstractValidator<ListArticles>
{
    public ListArticlesValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListArticles.MaxPageSize);
    }
}

internal sealed class ListArticlesHandler(CommunityDbContext db) : IRequestHandler<ListArticles, IReadOnlyList<ArticleSummary>>
{
    public async Task<IReadOnlyList<ArticleSummary>> Handle(ListArticles request, CancellationToken cancellationToken)
    {
        // So far out the offset would wrap round to an earlier page; nothing can be there.
        var skip = (long)(request.Page - 1) * request.PageSize;
        if (skip > int.MaxValue)
        {
            return [];
        }

        return await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip((int)skip).Take(request.PageSize)
            .Select(a => new ArticleSummary(
                a.Slug,
                a.Title,
                a.PublishedAt,
                db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved)))
            .ToListAsync(cancellationToken);
    }
}
