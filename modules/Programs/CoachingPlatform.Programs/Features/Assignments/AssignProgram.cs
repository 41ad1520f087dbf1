using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Mediation;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Assignments;

/// <summary>
/// Assigns a program to one of the coach's clients, optionally paced (one step unlocks every N days). The
/// unique index on unfinished assignments decides between concurrent requests: a retry finds the winner
/// and answers 409.
/// </summary>
internal sealed record AssignProgram(Guid CoachId, Guid ClientId, Guid ProgramId, int? PaceDays) : IRequest<Guid>, IRetryOnConflict;

internal sealed class AssignProgramValidator : AbstractValidator<AssignProgram>
{
    public AssignProgramValidator()
    {
        RuleFor(r => r.ProgramId).NotEmpty().WithName("Program");
        RuleFor(r => r.PaceDays).InclusiveBetween(1, 90).WithName("Pace (days between steps)");
    }
}

internal sealed class AssignProgramHandler(ProgramsDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<AssignProgram, Guid>
{
    public async Task<Guid> Handle(AssignProgram request, CancellationToken cancellationToken)
    {
        await mediator.EnsureCoachClientAsync(request.CoachId, request.ClientId, cancellationToken);
        var program = await db.Programs.Include(p => p.Steps).SingleOrDefaultAsync(p => p.Id == request.ProgramId, cancellationToken)
            ?? throw new NotFoundException("program", request.ProgramId);
        if (await db.Assignments.AnyAsync(a => a.CoachId == request.CoachId && a.ClientId == request.ClientId && a.ProgramId == program.Id && a.CompletedAt == null, cancellationToken))
        {
            throw new ConflictException("This client is already working through this program.");
        }

        var assignment = program.AssignTo(request.ClientId, request.CoachId, request.PaceDays, clock.GetUtcNow().UtcDateTime);
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return assignment.Id;
    }
}
