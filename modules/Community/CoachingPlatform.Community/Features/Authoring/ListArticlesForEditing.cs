using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Authoring;

/// <summary>Every article, drafts included, most recently changed first.</summary>
internal sealed record ListArticlesForEditing(int Page, int PageSize) : IRequest<IReadOnlyList<EditableArticle>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

internal sealed record EditableArticle(string Slug, string Title, bool Published, DateTime? PublishedAt, DateTime UpdatedAt);

internal sealed class ListArticlesForEditingValidator : AbstractValidator<ListArticlesForEditing>
{
    public ListArticlesForEditingValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListArticlesForEditing.MaxPageSize);
    }
}

internal sealed class ListArticlesForEditingHandler(CommunityDbContext db) : IRequestHandler<ListArticlesForEditing, IReadOnlyList<EditableArticle>>
{
    public async Task<IReadOnlyList<EditableArticle>> Handle(ListArticlesForEditing request, CancellationToken cancellationToken)
    {
        if (CommentQueries.Skip(request.Page, request.PageSize) is not { } skip)
        {
            return [];
        }

        return await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id)
            .Skip(skip).Take(request.PageSize)
            .Select(a => new EditableArticle(a.Slug, a.Title, a.PublishedAt != null, a.PublishedAt, a.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
