using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Templates;

internal sealed record GetProgram(Guid CoachId, Guid ProgramId) : IRequest<ProgramDetail>;

internal sealed class GetProgramHandler(ProgramsDbContext db) : IRequestHandler<GetProgram, ProgramDetail>
{
    public async Task<ProgramDetail> Handle(GetProgram request, CancellationToken cancellationToken)
    {
        var program = await db.Programs.AsNoTracking().Include(p => p.Steps)
            .SingleOrDefaultAsync(p => p.Id == request.ProgramId && (p.OwnerCoachId == null || p.OwnerCoachId == request.CoachId), cancellationToken)
            ?? throw new NotFoundException("program", request.ProgramId);
        var assigned = await db.Assignments.AnyAsync(a => a.ProgramId == program.Id, cancellationToken);
        return new ProgramDetail(program.Id, program.Title, program.Summary, program.IsBuiltIn, !program.IsBuiltIn && !assigned,
            program.Steps.OrderBy(s => s.Order).Select(StepView.From).ToList());
    }
}
