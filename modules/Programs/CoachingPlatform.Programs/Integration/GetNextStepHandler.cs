using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Integration;

internal sealed class GetNextStepHandler(ProgramsDbContext db) : IRequestHandler<GetNextStep, NextStep?>
{
    public async Task<NextStep?> Handle(GetNextStep request, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.AsNoTracking()
            .Where(a => a.ClientId == request.ClientId && a.CompletedAt == null)
            .OrderByDescending(a => a.LastActivityAt)
            .Select(a => new { a.Id, a.ProgramId, a.ProgramTitle, a.TotalSteps, a.AssignedAt, a.PaceDays, Done = a.Completions.Select(c => c.StepId).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (assignment is null)
        {
            return null;
        }

        var step = await db.Steps.AsNoTracking()
            .Where(s => s.ProgramId == assignment.ProgramId && !assignment.Done.Contains(s.Id))
            .OrderBy(s => s.Order)
            .Select(s => new { s.Id, s.Order, s.Title })
            .FirstOrDefaultAsync(cancellationToken);
        if (step is null)
        {
            return null;
        }

        // The same pacing rule as Assignment.UnlocksAt, without loading the aggregate.
        var availableFrom = assignment.PaceDays is { } days ? assignment.AssignedAt.AddDays((step.Order - 1) * days) : assignment.AssignedAt;
        return new NextStep(assignment.Id, step.Id, assignment.ProgramTitle, step.Order, assignment.TotalSteps, step.Title, availableFrom);
    }
}
