using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Messaging;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Assessments.Features.Wheel;

internal sealed class TakeWheelOfLifeValidator : AbstractValidator<TakeWheelOfLife>
{
    public TakeWheelOfLifeValidator()
    {
        RuleFor(r => r.Scores).NotNull().WithMessage("Score each of the eight life areas from 1 to 10.");

        // Each problem is reported on its own area ("scores.health") so a form can point at the right slider.
        RuleFor(r => r.Scores!)
            .Custom((scores, context) =>
            {
                foreach (var (area, message) in WheelOfLifeScoring.Check(scores))
                {
                    context.AddFailure($"scores.{area}", message);
                }
            })
            .When(r => r.Scores is not null);

        RuleFor(r => r.Notes!)
            .Custom((notes, context) =>
            {
                foreach (var (area, note) in notes)
                {
                    if (!LifeAreas.IsKnown(area))
                    {
                        context.AddFailure($"notes.{area}", "This is not one of the eight life areas.");
                    }
                    else if (note?.Trim().Length > AreaScore.NoteMaxLength)
                    {
                        context.AddFailure($"notes.{area}", $"Keep the note for {LifeAreas.NameOf(area)} to {AreaScore.NoteMaxLength} characters.");
                    }
                }
            })
            .When(r => r.Notes is not null);

        RuleFor(r => r.Goals!.Count)
            .LessThanOrEqualTo(WheelOfLifeAssessment.MaxGoals)
            .OverridePropertyName("goals")
            .WithMessage($"Set at most {WheelOfLifeAssessment.MaxGoals} goals.")
            .When(r => r.Goals is not null);

        // "goals": [null] binds to a null item, which the child rules skip and the handler cannot take.
        RuleForEach(r => r.Goals).NotNull().WithMessage("Give each goal an area and a text.");
        RuleForEach(r => r.Goals).SetValidator(new GoalInputValidator());
    }
}

/// <summary>
/// Keeps the result. A client's result enters their history and raises AssessmentCompleted through the
/// outbox; an anonymous one comes back with its claim token, handed out only here.
/// </summary>
internal sealed class TakeWheelOfLifeHandler(AssessmentsDbContext db, TimeProvider clock) : IRequestHandler<TakeWheelOfLife, TakenWheelOfLife>
{
    public async Task<TakenWheelOfLife> Handle(TakeWheelOfLife request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var goals = (request.Goals ?? []).Select(g => (g.Area!, g.Text!, g.TargetScore, g.TargetDate));
        var (assessment, token) = WheelOfLifeAssessment.Take(request.OwnerId, request.Scores!, request.Notes ?? new Dictionary<string, string?>(), goals, now);
        db.WheelOfLifeAssessments.Add(assessment);

        var summary = assessment.Summary();
        if (request.OwnerId is { } owner)
        {
            db.Outbox.Add(OutboxMessage.From(new AssessmentCompleted(assessment.Id, owner, summary.Average, summary.Strengths, summary.GrowthAreas, now), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new TakenWheelOfLife(assessment.Id, summary.Average, summary.Strengths, summary.GrowthAreas, token);
    }
}
