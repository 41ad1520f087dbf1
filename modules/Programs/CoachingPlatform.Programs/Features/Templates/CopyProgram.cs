using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Validation;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Templates;

/// <summary>Copies a built-in template (or one of the coach's own programs) into a program the coach can adapt.</summary>
internal sealed record CopyProgram(Guid CoachId, Guid ProgramId, string? Title) : IRequest<Guid>;

internal sealed class CopyProgramValidator : AbstractValidator<CopyProgram>
{
    public CopyProgramValidator() => RuleFor(r => r.Title!).ValidName(200).When(r => r.Title is not null);
}

internal sealed class CopyProgramHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<CopyProgram, Guid>
{
    public async Task<Guid> Handle(CopyProgram request, CancellationToken cancellationToken)
    {
        var source = await db.Programs.AsNoTracking().Include(p => p.Steps)
            .SingleOrDefaultAsync(p => p.Id == request.ProgramId && (p.OwnerCoachId == null || p.OwnerCoachId == request.CoachId), cancellationToken)
            ?? throw new NotFoundException("program", request.ProgramId);
        var copy = source.CopyFor(request.CoachId, request.Title is null ? null : PlainText.Name(request.Title), clock.GetUtcNow().UtcDateTime);
        db.Programs.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy.Id;
    }
}
