using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>Rewrites a coach's own program; built-in and already-assigned programs are kept as they are.</summary>
internal sealed record ReviseProgram(Guid CoachId, Guid ProgramId, string Title, string Summary, IReadOnlyList<StepInput>? Steps) : IRequest<Guid>, IProgramDraft;

internal sealed class ReviseProgramValidator : ProgramDraftValidator<ReviseProgram>;

internal sealed class ReviseProgramHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<ReviseProgram, Guid>
{
    public async Task<Guid> Handle(ReviseProgram request, CancellationToken cancellationToken)
    {
        var program = await db.Programs.Include(p => p.Steps)
            .SingleOrDefaultAsync(p => p.Id == request.ProgramId && (p.OwnerCoachId == null || p.OwnerCoachId == request.CoachId), cancellationToken)
            ?? throw new NotFoundException("program", request.ProgramId);
        var assigned = await db.Assignments.AnyAsync(a => a.ProgramId == program.Id, cancellationToken);
        program.Revise(request.CoachId, request.Title, request.Summary ?? "", ((IProgramDraft)request).StepContents, assigned, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return program.Id;
    }
}
