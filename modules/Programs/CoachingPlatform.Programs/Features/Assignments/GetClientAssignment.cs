using CoachingPlatform.Programs.Persistence;
using MediatR;

namespace CoachingPlatform.Programs.Features.Assignments;

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
