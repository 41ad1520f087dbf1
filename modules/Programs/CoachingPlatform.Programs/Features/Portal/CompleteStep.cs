using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Mediation;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Portal;

/// <summary>
/// Marks a step complete with the client's reflection and checklist. Doing it again only updates the
/// answer. The first completion raises StepCompleted, and the last step ProgramCompleted, through the outbox.
/// Two completions at once are retried on the fresh state, so a repeat stays a harmless 200; an edit that
/// sends the version it started from is refused (409 with the saved answer) when the answer changed since.
/// </summary>
internal sealed record CompleteStep(Guid ClientId, Guid AssignmentId, Guid StepId, string? Reflection, IReadOnlyList<string>? CheckedItems, bool? ShareWithCoach, Guid? Version = null)
    : IRequest<CompletedStep>, IRetryOnConflict;

/// <summary>
/// ProgramJustCompleted is true only for the completion that finished the program: the moment to celebrate.
/// RetakeWheel is true when this completion reached a milestone: the client is invited to retake the Wheel of Life.
/// </summary>
internal sealed record CompletedStep(int Percent, string Status, bool ProgramCompleted, bool ProgramJustCompleted, DateTime? CompletedAt, bool RetakeWheel = false);

internal sealed class CompleteStepValidator : AbstractValidator<CompleteStep>
{
    public CompleteStepValidator()
    {
        RuleFor(r => r.Reflection).MaximumLength(4000).WithName("Your reflection");
        RuleFor(r => r.CheckedItems).Must(items => items is null || items.Count <= 20).WithMessage("A checklist has at most 20 items.");
    }
}

internal sealed class CompleteStepHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<CompleteStep, CompletedStep>
{
    public async Task<CompletedStep> Handle(CompleteStep request, CancellationToken cancellationToken)
    {
        var assignment = await db.AssignmentOfClientAsync(request.ClientId, request.AssignmentId, cancellationToken);
        var steps = await db.StepsOfAsync(assignment.ProgramId, cancellationToken);
        var step = steps.SingleOrDefault(s => s.Id == request.StepId) ?? throw new NotFoundException("step", request.StepId);
        var unknown = request.CheckedItems?.Except(step.Checklist).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("checkedItems", $"Not on this step's checklist: {string.Join(", ", unknown)}")]);
        }

        if (request.Version is { } expected && assignment.CompletionOf(step.Id) is { } saved && saved.Version != expected)
        {
            throw new ConflictException("This answer was changed elsewhere since you opened it. Here is what is saved now.", MyCompletion.Of(saved));
        }

        var now = clock.GetUtcNow().UtcDateTime;

        // The draft becomes the answer: what the request leaves out is taken from it, then it is gone.
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.AssignmentId == assignment.Id && d.StepId == step.Id, cancellationToken);
        var answer = new StepAnswer(request.Reflection ?? draft?.Reflection, request.CheckedItems ?? draft?.CheckedItems, request.ShareWithCoach);
        var outcome = assignment.Complete(step, answer, now);
        if (draft is not null)
        {
            db.Drafts.Remove(draft);
        }

        if (outcome.NewlyCompleted)
        {
            db.Outbox.Add(OutboxMessage.From(new StepCompleted(assignment.Id, assignment.ClientId, assignment.CoachId, step.Id, step.Order, step.Title, now), now));
        }

        if (outcome.ProgramCompleted)
        {
            db.Outbox.Add(OutboxMessage.From(new ProgramCompleted(assignment.Id, assignment.ClientId, assignment.CoachId, assignment.ProgramTitle, now), now));
        }

        var milestone = outcome.NewlyCompleted && step.RetakeWheel;
        if (milestone)
        {
            db.Outbox.Add(OutboxMessage.From(
                new RetakeMilestoneReached(assignment.Id, assignment.ClientId, assignment.CoachId, assignment.ProgramTitle, step.Order, step.Title, outcome.ProgramCompleted, now), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CompletedStep(assignment.Percent, StatusName.Of(StepStatus.Completed), assignment.CompletedAt is not null, outcome.ProgramCompleted, assignment.CompletedAt, milestone);
    }
}
