using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Integration;

internal sealed class CoachSeesProgramHandler(ProgramsDbContext db) : IRequestHandler<CoachSeesProgram, bool>
{
    public Task<bool> Handle(CoachSeesProgram request, CancellationToken cancellationToken) =>
        db.Programs.AsNoTracking().AnyAsync(p => p.Id == request.ProgramId && (p.OwnerCoachId == null || p.OwnerCoachId == request.CoachId), cancellationToken);
}

internal sealed class ClientHasStepHandler(ProgramsDbContext db) : IRequestHandler<ClientHasStep, bool>
{
    public Task<bool> Handle(ClientHasStep request, CancellationToken cancellationToken) =>
        (from assignment in db.Assignments.AsNoTracking()
         join step in db.Steps.AsNoTracking() on assignment.ProgramId equals step.ProgramId
         where assignment.Id == request.AssignmentId && assignment.ClientId == request.ClientId && step.Id == request.StepId
         select step.Id).AnyAsync(cancellationToken);
}
