using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Portal;

/// <summary>The client's programs with progress and each step's status.</summary>
internal sealed record ListMyAssignments(Guid ClientId) : IRequest<IReadOnlyList<MyAssignment>>;

internal sealed record MyAssignment(Guid Id, string ProgramTitle, int Percent, int? PaceDays, DateTime AssignedAt, DateTime? CompletedAt, IReadOnlyList<MyStepSummary> Steps);

internal sealed record MyStepSummary(Guid Id, int Order, string Title, string Status, DateTime UnlocksAt);

internal sealed class ListMyAssignmentsHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<ListMyAssignments, IReadOnlyList<MyAssignment>>
{
    public async Task<IReadOnlyList<MyAssignment>> Handle(ListMyAssignments request, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.AsNoTracking().Include(a => a.Completions)
            .Where(a => a.ClientId == request.ClientId)
            .OrderByDescending(a => a.AssignedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        var programIds = assignments.Select(a => a.ProgramId).Distinct().ToList();
        var steps = (await db.Steps.AsNoTracking().Where(s => programIds.Contains(s.ProgramId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.ProgramId);
        var now = clock.GetUtcNow().UtcDateTime;
        return assignments.Select(a => new MyAssignment(a.Id, a.ProgramTitle, a.Percent, a.PaceDays, a.AssignedAt, a.CompletedAt,
                steps[a.ProgramId].OrderBy(s => s.Order)
                    .Select(s => new MyStepSummary(s.Id, s.Order, s.Title, StatusName.Of(a.StatusOf(s, now)), a.UnlocksAt(s.Order)))
                    .ToList()))
            .ToList();
    }
}
