using CoachingPlatform.Programs.Persistence;
using MediatR;

namespace CoachingPlatform.Programs.Features.Assignments;

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
