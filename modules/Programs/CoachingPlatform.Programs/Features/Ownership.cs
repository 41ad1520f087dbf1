using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features;

/// <summary>
/// Who may reach what: a coach only their own clients and the assignments they made, a client only
/// their own assignments. Anything else is answered as "not found".
/// </summary>
internal static class Ownership
{
    public static async Task<CoachClientSummary> EnsureCoachClientAsync(this IMediator mediator, Guid coachId, Guid clientId, CancellationToken ct) =>
        await mediator.Send(new GetCoachClient(coachId, clientId), ct) ?? throw new NotFoundException("client", clientId);

    public static async Task<Assignment> AssignmentOfClientAsync(this ProgramsDbContext db, Guid clientId, Guid assignmentId, CancellationToken ct) =>
        await db.Assignments.Include(a => a.Completions)
            .SingleOrDefaultAsync(a => a.Id == assignmentId && a.ClientId == clientId, ct)
        ?? throw new NotFoundException("assignment", assignmentId);

    public static async Task<Assignment> AssignmentOfCoachAsync(this ProgramsDbContext db, Guid coachId, Guid clientId, Guid assignmentId, CancellationToken ct) =>
        await db.Assignments.AsNoTracking().Include(a => a.Completions)
            .SingleOrDefaultAsync(a => a.Id == assignmentId && a.ClientId == clientId && a.CoachId == coachId, ct)
        ?? throw new NotFoundException("assignment", assignmentId);

    public static async Task<List<ProgramStep>> StepsOfAsync(this ProgramsDbContext db, Guid programId, CancellationToken ct) =>
        await db.Steps.AsNoTracking().Where(s => s.ProgramId == programId).OrderBy(s => s.Order).ToListAsync(ct);
}
