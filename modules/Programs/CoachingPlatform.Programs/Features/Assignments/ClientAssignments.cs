using CoachingPlatform.Programs.Domain;
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

/// <summary>One assignment as the coach follows it: each step's state, and only the reflections the client shared.</summary>
internal sealed record GetClientAssignment(Guid CoachId, Guid ClientId, Guid AssignmentId) : IRequest<CoachAssignmentView>;

internal sealed record CoachAssignmentView(Guid Id, string ProgramTitle, int Percent, DateTime AssignedAt, DateTime? CompletedAt, IReadOnlyList<CoachStepView> Steps);

internal sealed record CoachStepView(Guid Id, int Order, string Title, string Status, DateTime UnlocksAt, DateTime? CompletedAt, string? SharedReflection);

internal sealed class GetClientAssignmentHandler(ProgramsDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetClientAssignment, CoachAssignmentView>
{
    public async Task<CoachAssignmentView> Handle(GetClientAssignment request, CancellationToken cancellationToken)
    {
        await mediator.EnsureCoachClientAsync(request.CoachId, request.ClientId, cancellationToken);
        var assignment = await db.AssignmentOfCoachAsync(request.CoachId, request.ClientId, request.AssignmentId, cancellationToken);
        var steps = await db.StepsOfAsync(assignment.ProgramId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new CoachAssignmentView(assignment.Id, assignment.ProgramTitle, assignment.Percent, assignment.AssignedAt, assignment.CompletedAt,
            steps.Select(s =>
            {
                var completion = assignment.CompletionOf(s.Id);
                return new CoachStepView(s.Id, s.Order, s.Title, StatusName.Of(assignment.StatusOf(s, now)), assignment.UnlocksAt(s.Order),
                    completion?.CompletedAt, completion is { SharedWithCoach: true } ? completion.Reflection : null);
            }).ToList());
    }
}

/// <summary>Only what the client chose to share; private reflections never leave the client's portal.</summary>
internal sealed record GetSharedReflections(Guid CoachId, Guid ClientId, Guid AssignmentId) : IRequest<IReadOnlyList<SharedReflection>>;

internal sealed record SharedReflection(Guid StepId, string StepTitle, string Reflection, DateTime CompletedAt);

internal sealed class GetSharedReflectionsHandler(ProgramsDbContext db, IMediator mediator)
    : IRequestHandler<GetSharedReflections, IReadOnlyList<SharedReflection>>
{
    public async Task<IReadOnlyList<SharedReflection>> Handle(GetSharedReflections request, CancellationToken cancellationToken)
    {
        await mediator.EnsureCoachClientAsync(request.CoachId, request.ClientId, cancellationToken);
        var assignment = await db.AssignmentOfCoachAsync(request.CoachId, request.ClientId, request.AssignmentId, cancellationToken);
        return assignment.Completions
            .Where(c => c.SharedWithCoach && c.Reflection != null)
            .OrderBy(c => c.StepOrder)
            .Select(c => new SharedReflection(c.StepId, c.StepTitle, c.Reflection!, c.CompletedAt))
            .ToList();
    }
}
