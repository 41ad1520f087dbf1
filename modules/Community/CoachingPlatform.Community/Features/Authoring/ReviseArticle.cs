using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Authoring;

/// <summary>
/// An admin edits an article and publishes or unpublishes it. The slug stays as it was, so links to the
/// article keep working when its title changes.
/// </summary>
internal sealed record ReviseArticle(string Slug, string? Title, string? Body, bool Published) : IRequest<RevisedArticle>;

internal sealed record RevisedArticle(string Slug, string Title, bool Published, DateTime? PublishedAt);

internal sealed class ReviseArticleValidator : AbstractValidator<ReviseArticle>
{
    public ReviseArticleValidator()
    {
        ArticleDraftValidation.TitleRules(RuleFor(r => r.Title));
        ArticleDraftValidation.BodyRules(RuleFor(r => r.Body));
    }
}

internal sealed class ReviseArticleHandler(CommunityDbContext db, ArticleRenderer renderer, TimeProvider clock) : IRequestHandler<ReviseArticle, RevisedArticle>
{
    public async Task<RevisedArticle> Handle(ReviseArticle request, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Slug == request.Slug, cancellationToken)
            ?? throw new NotFoundException("article", request.Slug);

        var now = clock.GetUtcNow().UtcDateTime;
        article.Revise(request.Title!, request.Body!, renderer.Excerpt(request.Body!), now);
        if (request.Published && article.Publish(now))
        {
            db.Outbox.Add(OutboxMessage.From(ArticleEvents.Published(article), now));
        }
        else if (!request.Published)
        {
            article.Unpublish(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RevisedArticle(article.Slug, article.Title, article.IsPublished, article.PublishedAt);
    }
}
