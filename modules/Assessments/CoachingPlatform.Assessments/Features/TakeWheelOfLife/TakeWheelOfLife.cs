using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Assessments.Features.TakeWheelOfLife;

/// <summary>Scores a filled-in wheel and keeps it; <paramref name="OwnerId"/> is the signed-in client, if any.</summary>
internal sealed record TakeWheelOfLife(IReadOnlyDictionary<string, int>? Scores, IReadOnlyList<GoalInput>? Goals, Guid? OwnerId)
    : IRequest<TakenWheelOfLife>;

internal sealed record GoalInput(string? Area, string? Text);

internal sealed record TakenWheelOfLife(Guid Id, double Average, IReadOnlyList<string> Strengths, IReadOnlyList<string> GrowthAreas);

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

        RuleFor(r => r.Goals!.Count)
            .LessThanOrEqualTo(WheelOfLifeAssessment.MaxGoals)
            .OverridePropertyName("goals")
            .WithMessage($"Set at most {WheelOfLifeAssessment.MaxGoals} goals.")
            .When(r => r.Goals is not null);

        // "goals": [null] binds to a null item, which the child rules skip and the handler cannot take.
        RuleForEach(r => r.Goals).NotNull().WithMessage("Give each goal an area and a text.");

        RuleForEach(r => r.Goals).ChildRules(goal =>
        {
            goal.RuleFor(g => g.Area).Must(LifeAreas.IsKnown).OverridePropertyName("area")
                .WithMessage("Choose one of the eight life areas for this goal.");
            goal.RuleFor(g => g.Text).Must(t => t?.Trim().Length is > 0 and <= AssessmentGoal.TextMaxLength).OverridePropertyName("text")
                .WithMessage($"Write the goal in 1 to {AssessmentGoal.TextMaxLength} characters.");
        });
    }
}

internal sealed class TakeWheelOfLifeHandler(AssessmentsDbContext db, TimeProvider clock)
    : IRequestHandler<TakeWheelOfLife, TakenWheelOfLife>
{
    public async Task<TakenWheelOfLife> Handle(TakeWheelOfLife request, CancellationToken cancellationToken)
    {
        var goals = (request.Goals ?? []).Select(g => (g.Area!, g.Text!));
        var assessment = WheelOfLifeAssessment.Take(request.OwnerId, request.Scores!, goals, clock.GetUtcNow().UtcDateTime);
        db.WheelOfLifeAssessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);

        var summary = assessment.Summary();
        return new TakenWheelOfLife(assessment.Id, summary.Average, summary.Strengths, summary.GrowthAreas);
    }
}
