using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Suggestions;

/// <summary>The coach's open suggestions, newest first: not dismissed, and the client has no program under way.</summary>
internal sealed record ListSuggestions(Guid CoachId) : IRequest<IReadOnlyList<SuggestionView>>;

internal sealed record SuggestionView(Guid Id, Guid ClientId, Guid ProgramId, string ProgramTitle, Guid AssessmentId, IReadOnlyList<string> GrowthAreas, DateTime SuggestedAt);

internal sealed class ListSuggestionsHandler(ProgramsDbContext db) : IRequestHandler<ListSuggestions, IReadOnlyList<SuggestionView>>
{
    /// <summary>One open suggestion per client at most, so a coach's list is as long as their client list at worst.</summary>
    public const int Limit = 200;

    public async Task<IReadOnlyList<SuggestionView>> Handle(ListSuggestions request, CancellationToken cancellationToken)
    {
        var rows = await db.Suggestions.AsNoTracking()
            .Where(s => s.CoachId == request.CoachId && s.DismissedAt == null
                && !db.Assignments.Any(a => a.ClientId == s.ClientId && a.CompletedAt == null))
            .OrderByDescending(s => s.SuggestedAt)
            .Take(Limit)
            .Join(db.Programs, s => s.ProgramId, p => p.Id, (s, p) => new { s.Id, s.ClientId, s.ProgramId, p.Title, s.AssessmentId, s.GrowthAreas, s.SuggestedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SuggestionView(r.Id, r.ClientId, r.ProgramId, r.Title, r.AssessmentId, r.GrowthAreas.Split(' ', StringSplitOptions.RemoveEmptyEntries), r.SuggestedAt))
            .ToList();
    }
}
