using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Drafts;

/// <summary>
/// Keeps what the client is writing on a step while they type. It comes back with the step until the
/// step is completed (or its answer saved again), which turns the draft into the answer.
/// </summary>
internal sealed record SaveDraft(Guid ClientId, Guid AssignmentId, Guid StepId, string? Reflection, IReadOnlyList<string>? CheckedItems) : IRequest<Unit>;

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraft>
{
    public SaveDraftValidator()
    {
        RuleFor(r => r.Reflection).MaximumLength(4000).WithName("Your reflection");
        RuleFor(r => r.CheckedItems).Must(items => items is null || items.Count <= 20).WithMessage("A checklist has at most 20 items.");
    }
}

internal sealed class SaveDraftHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<SaveDraft, Unit>
{
    public async Task<Unit> Handle(SaveDraft request, CancellationToken cancellationToken)
    {
        var assignment = await db.AssignmentOfClientAsync(request.ClientId, request.AssignmentId, cancellationToken);
        var step = (await db.StepsOfAsync(assignment.ProgramId, cancellationToken)).SingleOrDefault(s => s.Id == request.StepId)
            ?? throw new NotFoundException("step", request.StepId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (assignment.StatusOf(step, now) == StepStatus.Locked)
        {
            throw new ConflictException($"This step unlocks on {assignment.UnlocksAt(step.Order):yyyy-MM-dd}.");
        }

        var unknown = request.CheckedItems?.Except(step.Checklist).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("checkedItems", $"Not on this step's checklist: {string.Join(", ", unknown)}")]);
        }

        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.AssignmentId == assignment.Id && d.StepId == step.Id, cancellationToken);
        if (draft is null)
        {
            draft = StepDraft.Start(assignment, step.Id, now);
            db.Drafts.Add(draft);
        }

        draft.Save(request.Reflection, request.CheckedItems, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
