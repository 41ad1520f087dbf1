using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>The built-in templates first, then the coach's own programs.</summary>
internal sealed record ListPrograms(Guid CoachId) : IRequest<IReadOnlyList<ProgramListItem>>;

internal sealed class ListProgramsHandler(ProgramsDbContext db) : IRequestHandler<ListPrograms, IReadOnlyList<ProgramListItem>>
{
    public async Task<IReadOnlyList<ProgramListItem>> Handle(ListPrograms request, CancellationToken cancellationToken) =>
        await db.Programs.AsNoTracking()
            .Where(p => p.OwnerCoachId == null || p.OwnerCoachId == request.CoachId)
            // The built-ins are seeded in one instant, so the title keeps their order from changing between seedings.
            .OrderBy(p => p.OwnerCoachId == null ? 0 : 1).ThenBy(p => p.CreatedAt).ThenBy(p => p.Title)
            .Take(200)
            .Select(p => new ProgramListItem(p.Id, p.Title, p.Summary, p.Steps.Count, p.OwnerCoachId == null))
            .ToListAsync(cancellationToken);
}
