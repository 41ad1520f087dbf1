using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;

namespace CoachingPlatform.Programs.Features.Templates;

internal sealed record CreateProgram(Guid CoachId, string Title, string Summary, IReadOnlyList<StepInput>? Steps) : IRequest<Guid>, IProgramDraft;

internal sealed class CreateProgramValidator : ProgramDraftValidator<CreateProgram>;

internal sealed class CreateProgramHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<CreateProgram, Guid>
{
    public async Task<Guid> Handle(CreateProgram request, CancellationToken cancellationToken)
    {
        var program = TrustProgram.Author(request.CoachId, request.Title, request.Summary ?? "", ((IProgramDraft)request).StepContents, clock.GetUtcNow().UtcDateTime);
        db.Programs.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        return program.Id;
    }
}
