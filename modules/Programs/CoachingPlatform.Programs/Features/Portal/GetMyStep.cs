using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Features.Templates;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Portal;

/// <summary>A step page: the step's content, its state, the client's own answer, and where to go next.</summary>
internal sealed record GetMyStep(Guid ClientId, Guid AssignmentId, Guid StepId) : IRequest<MyStep>;

internal sealed record MyStep(
    Guid AssignmentId,
    string ProgramTitle,
    int Percent,
    int TotalSteps,
    StepView Step,
    string Status,
    DateTime UnlocksAt,
    MyCompletion? Completion,
    MyDraft? Draft,
    Guid? PreviousStepId,
    Guid? NextStepId);

/// <summary>Unsaved work on the step, newer than the answer: the page shows it instead of the answer.</summary>
internal sealed record MyDraft(DateTime SavedAt, string? Reflection, IReadOnlyList<string>? CheckedItems);

/// <summary>Version: send it back with an edit, so an edit made meanwhile elsewhere is not silently overwritten.</summary>
internal sealed record MyCompletion(DateTime CompletedAt, string? Reflection, IReadOnlyList<string> CheckedItems, bool SharedWithCoach, Guid Version)
{
    public static MyCompletion Of(StepCompletion completion) =>
        new(completion.CompletedAt, completion.Reflection, completion.CheckedItems, completion.SharedWithCoach, completion.Version);
}

internal sealed class GetMyStepHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<GetMyStep, MyStep>
{
    public async Task<MyStep> Handle(GetMyStep request, CancellationToken cancellationToken)
    {
        var assignment = await db.AssignmentOfClientAsync(request.ClientId, request.AssignmentId, cancellationToken);
        var steps = await db.StepsOfAsync(assignment.ProgramId, cancellationToken);
        var index = steps.FindIndex(s => s.Id == request.StepId);
        if (index < 0)
        {
            throw new NotFoundException("step", request.StepId);
        }

        var step = steps[index];
        var completion = assignment.CompletionOf(step.Id);
        var draft = await db.Drafts.AsNoTracking()
            .Where(d => d.AssignmentId == assignment.Id && d.StepId == step.Id)
            .Select(d => new MyDraft(d.SavedAt, d.Reflection, d.CheckedItems))
            .SingleOrDefaultAsync(cancellationToken);
        return new MyStep(
            assignment.Id,
            assignment.ProgramTitle,
            assignment.Percent,
            assignment.TotalSteps,
            StepView.From(step),
            StatusName.Of(assignment.StatusOf(step, clock.GetUtcNow().UtcDateTime)),
            assignment.UnlocksAt(step.Order),
            completion is null ? null : MyCompletion.Of(completion),
            draft,
            index > 0 ? steps[index - 1].Id : null,
            index < steps.Count - 1 ? steps[index + 1].Id : null);
    }
}
