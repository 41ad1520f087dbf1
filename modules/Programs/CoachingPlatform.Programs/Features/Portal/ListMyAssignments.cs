using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Integration;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Portal;

/// <summary>The client's programs with progress and each step's status.</summary>
internal sealed record ListMyAssignments(Guid ClientId) : IRequest<IReadOnlyList<MyAssignment>>;

internal sealed record MyAssignment(Guid Id, string ProgramTitle, int Percent, int? PaceDays, DateTime AssignedAt, DateTime? CompletedAt, IReadOnlyList<MyStepSummary> Steps);

internal sealed record MyStepSummary(Guid Id, int Order, string Title, string Status, DateTime UnlocksAt);

/// <summary>
/// Two queries that read only the columns the list shows: the steps' content and the client's reflections
/// are not loaded (they were most of what this read cost). What they read is kept (<see cref="ViewCache"/>)
/// under <see cref="ProgressVersion"/>; each step's status is worked out from it on every request, so a
/// paced step unlocks on time whatever was kept.
/// </summary>
internal sealed class ListMyAssignmentsHandler(ProgramsDbContext db, TimeProvider clock, ViewCache cache, ProgressVersion version)
    : IRequestHandler<ListMyAssignments, IReadOnlyList<MyAssignment>>
{
    private sealed record AssignmentRow(Guid Id, Guid ProgramId, string ProgramTitle, int TotalSteps, int? PaceDays, DateTime AssignedAt, DateTime? CompletedAt, List<Guid> Completed);

    private sealed record StepRow(Guid Id, Guid ProgramId, int Order, string Title);

    private static readonly Func<ProgramsDbContext, Guid, IAsyncEnumerable<AssignmentRow>> AssignmentsOf =
        EF.CompileAsyncQuery((ProgramsDbContext db, Guid clientId) => db.Assignments.AsNoTracking()
            .Where(a => a.ClientId == clientId)
            .OrderByDescending(a => a.AssignedAt)
            .Take(50)
            .Select(a => new AssignmentRow(a.Id, a.ProgramId, a.ProgramTitle, a.TotalSteps, a.PaceDays, a.AssignedAt, a.CompletedAt,
                a.Completions.Select(c => c.StepId).ToList())));

    public async Task<IReadOnlyList<MyAssignment>> Handle(ListMyAssignments request, CancellationToken cancellationToken)
    {
        var (assignments, steps) = await cache.GetOrReadAsync(new Key(request.ClientId, version.Current), () => ReadAsync(request.ClientId, cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        return assignments.Select(a => new MyAssignment(a.Id, a.ProgramTitle, a.TotalSteps == 0 ? 0 : a.Completed.Count * 100 / a.TotalSteps,
                a.PaceDays, a.AssignedAt, a.CompletedAt,
                steps[a.ProgramId].OrderBy(s => s.Order)
                    .Select(s =>
                    {
                        var unlocksAt = Assignment.UnlocksAt(a.AssignedAt, a.PaceDays, s.Order);
                        return new MyStepSummary(s.Id, s.Order, s.Title, StatusName.Of(Assignment.StatusOf(a.Completed.Contains(s.Id), unlocksAt, now)), unlocksAt);
                    })
                    .ToList()))
            .ToList();
    }

    private async Task<(List<AssignmentRow> Assignments, ILookup<Guid, StepRow> Steps)> ReadAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var assignments = new List<AssignmentRow>();
        await foreach (var row in AssignmentsOf(db, clientId).WithCancellation(cancellationToken))
        {
            assignments.Add(row);
        }

        var programIds = assignments.Select(a => a.ProgramId).Distinct().ToList();
        var steps = programIds.Count == 0
            ? Array.Empty<StepRow>().ToLookup(s => s.ProgramId)
            : (await db.Steps.AsNoTracking().Where(s => programIds.Contains(s.ProgramId))
                    .Select(s => new StepRow(s.Id, s.ProgramId, s.Order, s.Title))
                    .ToListAsync(cancellationToken))
                .ToLookup(s => s.ProgramId);
        return (assignments, steps);
    }

    private sealed record Key(Guid ClientId, long Version);
}
