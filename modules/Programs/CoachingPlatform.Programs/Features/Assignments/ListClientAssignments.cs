using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Assignments;

/// <summary>The programs a coach assigned to one client, with progress.</summary>
internal sealed record ListClientAssignments(Guid CoachId, Guid ClientId) : IRequest<IReadOnlyList<AssignmentSummary>>;

internal sealed record AssignmentSummary(
    Guid Id, Guid ProgramId, string ProgramTitle, int CompletedSteps, int TotalSteps, int Percent, int? PaceDays, DateTime AssignedAt, DateTime? CompletedAt);

internal sealed class ListClientAssignmentsHandler(ProgramsDbContext db, IMediator mediator)
    : IRequestHandler<ListClientAssignments, IReadOnlyList<AssignmentSummary>>
{
    public async Task<IReadOnlyList<AssignmentSummary>> Handle(ListClientAssignments request, CancellationToken cancellationToken)
    {
        await mediator.EnsureCoachClientAsync(request.CoachId, request.ClientId, cancellationToken);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.CoachId == request.CoachId && a.ClientId == request.ClientId)
            .OrderByDescending(a => a.AssignedAt)
            .Take(100)
            .Select(a => new { a.Id, a.ProgramId, a.ProgramTitle, Completed = a.Completions.Count, a.TotalSteps, a.PaceDays, a.AssignedAt, a.CompletedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new AssignmentSummary(a.Id, a.ProgramId, a.ProgramTitle, a.Completed, a.TotalSteps,
            a.TotalSteps == 0 ? 0 : a.Completed * 100 / a.TotalSteps, a.PaceDays, a.AssignedAt, a.CompletedAt)).ToList();
    }
}
