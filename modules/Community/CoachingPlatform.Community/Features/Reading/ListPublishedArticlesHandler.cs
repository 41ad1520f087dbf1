using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community.Features.Reading;

internal sealed class ListPublishedArticlesValidator : AbstractValidator<ListPublishedArticles>
{
    public ListPublishedArticlesValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListPublishedArticles.MaxPageSize);
    }
}

internal sealed class ListPublishedArticlesHandler(CommunityDbContext db, IOptions<CommunityOptions> options)
    : IRequestHandler<ListPublishedArticles, IReadOnlyList<PublishedArticle>>
{
    public async Task<IReadOnlyList<PublishedArticle>> Handle(ListPublishedArticles request, CancellationToken cancellationToken)
    {
        if (CommentQueries.Skip(request.Page, request.PageSize) is not { } skip)
        {
            return [];
        }

        var visible = db.VisibleComments(options.Value.HideAfterReports);
        return await db.Articles.AsNoTracking()
            .Where(a => a.PublishedAt != null)
            .OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip(skip).Take(request.PageSize)
            .Select(a => new PublishedArticle(a.Slug, a.Title, a.Excerpt, a.PublishedAt!.Value, visible.Count(c => c.ArticleId == a.Id)))
            .ToListAsync(cancellationToken);
    }
}
