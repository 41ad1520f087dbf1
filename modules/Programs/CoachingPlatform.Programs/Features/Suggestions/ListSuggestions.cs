using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Suggestions;

/// <summary>The coach's open suggestions, newest first: not dismissed, and the client has no program under way.</summary>
internal sealed record ListSuggestions(Guid CoachId, int Page, int PageSize) : IRequest<IReadOnlyList<SuggestionView>>;

internal sealed record SuggestionView(Guid Id, Guid ClientId, Guid ProgramId, string ProgramTitle, Guid AssessmentId, IReadOnlyList<string> GrowthAreas, DateTime SuggestedAt);

internal sealed class ListSuggestionsValidator : AbstractValidator<ListSuggestions>
{
    public ListSuggestionsValidator()
    {
        // Bounded so that the rows to skip cannot overflow and wrap to the first page.
        RuleFor(r => r.Page).InclusiveBetween(1, 100_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, 100);
    }
}

internal sealed class ListSuggestionsHandler(ProgramsDbContext db) : IRequestHandler<ListSuggestions, IReadOnlyList<SuggestionView>>
{
    public async Task<IReadOnlyList<SuggestionView>> Handle(ListSuggestions request, CancellationToken cancellationToken)
    {
        var rows = await db.Suggestions.AsNoTracking()
            .Where(s => s.CoachId == request.CoachId && s.DismissedAt == null
                && !db.Assignments.Any(a => a.ClientId == s.ClientId && a.CompletedAt == null))
            .OrderByDescending(s => s.SuggestedAt).ThenByDescending(s => s.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Join(db.Programs, s => s.ProgramId, p => p.Id, (s, p) => new { s.Id, s.ClientId, s.ProgramId, p.Title, s.AssessmentId, s.GrowthAreas, s.SuggestedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SuggestionView(r.Id, r.ClientId, r.ProgramId, r.Title, r.AssessmentId, r.GrowthAreas.Split(' ', StringSplitOptions.RemoveEmptyEntries), r.SuggestedAt))
            .ToList();
    }
}
