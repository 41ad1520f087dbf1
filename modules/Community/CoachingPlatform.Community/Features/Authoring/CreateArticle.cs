using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Authoring;

/// <summary>An admin writes an article; it is published at once unless it is a draft.</summary>
internal sealed record CreateArticle(string? Title, string? Body, bool Draft) : IRequest<CreatedArticle>;

internal sealed record CreatedArticle(string Slug, bool Published);

internal sealed class CreateArticleValidator : AbstractValidator<CreateArticle>
{
    public CreateArticleValidator()
    {
        ArticleDraftValidation.TitleRules(RuleFor(r => r.Title));
        ArticleDraftValidation.BodyRules(RuleFor(r => r.Body));
    }
}

/// <summary>The slug comes from the title; when it is taken, the first free "-2", "-3"… is added.</summary>
internal sealed class CreateArticleHandler(CommunityDbContext db, ArticleRenderer renderer, TimeProvider clock) : IRequestHandler<CreateArticle, CreatedArticle>
{
    public async Task<CreatedArticle> Handle(CreateArticle request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var slug = await FreeSlugAsync(Slugs.From(request.Title!), cancellationToken);
        var article = Article.Draft(slug, request.Title!, request.Body!, renderer.Excerpt(request.Body!), now);
        db.Articles.Add(article);
        if (!request.Draft && article.Publish(now))
        {
            db.Outbox.Add(OutboxMessage.From(ArticleEvents.Published(article), now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await db.Articles.AsNoTracking().AnyAsync(a => a.Slug == slug, CancellationToken.None))
            {
                throw new ConflictException("Another article took this address at the same moment. Please save again.");
            }

            throw;
        }

        return new CreatedArticle(article.Slug, article.IsPublished);
    }

    private async Task<string> FreeSlugAsync(string wanted, CancellationToken cancellationToken)
    {
        var prefix = wanted + "-";
        var taken = (await db.Articles.AsNoTracking()
            .Where(a => a.Slug == wanted || a.Slug.StartsWith(prefix))
            .Select(a => a.Slug)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = wanted[..Math.Min(wanted.Length, Slugs.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
