using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Mediation;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Programs.Features.Portal;

/// <summary>
/// Marks a step complete with the client's reflection and checklist. Doing it again only updates the
/// answer. The first completion raises StepCompleted, and the last step ProgramCompleted, through the outbox.
/// Two completions at once are retried on the fresh state, so a repeat stays a harmless 200; an edit that
/// sends the version it started from is refused (409 with the saved answer) when the answer changed since.
/// </summary>
internal sealed record CompleteStep(Guid ClientId, Guid AssignmentId, Guid StepId, string? Reflection, IReadOnlyList<string>? CheckedItems, bool? ShareWithCoach, Guid? Version = null)
    : IRequest<CompletedStep>, IRetryOnConflict;

/// <summary>ProgramJustCompleted is true only for the completion that finished the program: the moment to celebrate.</summary>
internal sealed record CompletedStep(int Percent, string Status, bool ProgramCompleted, bool ProgramJustCompleted, DateTime? CompletedAt);

internal sealed class CompleteStepValidator : AbstractValidator<CompleteStep>
{
    public CompleteStepValidator()
    {
        RuleFor(r => r.Reflection).MaximumLength(4000);
        RuleFor(r => r.CheckedItems).Must(items => items is null || items.Count <= 20).WithMessage("At most 20 items.");
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
        var outcome = assignment.Complete(step, new StepAnswer(request.Reflection, request.CheckedItems, request.ShareWithCoach), now);
        if (outcome.NewlyCompleted)
        {
            db.Outbox.Add(OutboxMessage.From(new StepCompleted(assignment.Id, assignment.ClientId, assignment.CoachId, step.Id, step.Order, step.Title, now), now));
        }

        if (outcome.ProgramCompleted)
        {
            db.Outbox.Add(OutboxMessage.From(new ProgramCompleted(assignment.Id, assignment.ClientId, assignment.CoachId, assignment.ProgramTitle, now), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CompletedStep(assignment.Percent, StatusName.Of(StepStatus.Completed), assignment.CompletedAt is not null, outcome.ProgramCompleted, assignment.CompletedAt);
    }
}
