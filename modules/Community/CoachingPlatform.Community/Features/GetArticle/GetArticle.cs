using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Community.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.GetArticle;

internal sealed record GetArticle(string Slug) : IRequest<ArticleDetails>;

internal sealed record ArticleDetails(string Slug, string Title, string Body, DateTime PublishedAt);

internal sealed class GetArticleHandler(CommunityDbContext db) : IRequestHandler<GetArticle, ArticleDetails>
{
    public async Task<ArticleDetails> Handle(GetArticle request, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .Where(a => a.Slug == request.Slug)
            .Select(a => new ArticleDetails(a.Slug, a.Title, a.Body, a.PublishedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("article", request.Slug);
}
