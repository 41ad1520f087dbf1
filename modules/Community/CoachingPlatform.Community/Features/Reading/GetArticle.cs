using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Reading;

/// <summary>One article with its Markdown source and the HTML it renders to; drafts only for admins.</summary>
internal sealed record GetArticle(string Slug, bool IncludeDrafts) : IRequest<ArticleDetails>;

internal sealed record ArticleDetails(string Slug, string Title, string Body, string Html, bool Published, DateTime? PublishedAt, DateTime UpdatedAt);

internal sealed class GetArticleHandler(CommunityDbContext db, ArticleRenderer renderer) : IRequestHandler<GetArticle, ArticleDetails>
{
    public async Task<ArticleDetails> Handle(GetArticle request, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && (request.IncludeDrafts || a.PublishedAt != null))
            .Select(a => new { a.Slug, a.Title, a.Body, a.PublishedAt, a.UpdatedAt })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("article", request.Slug);

        return new ArticleDetails(article.Slug, article.Title, article.Body, renderer.ToHtml(article.Body),
            article.PublishedAt is not null, article.PublishedAt, article.UpdatedAt);
    }
}
