using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using FluentValidation;

namespace CoachingPlatform.Assessments.Features.Wheel;

/// <summary>One goal: a known area, a text of 1 to 500 characters, a target score from 1 to 10 if any.</summary>
internal sealed class GoalInputValidator : AbstractValidator<GoalInput>
{
    public GoalInputValidator()
    {
        RuleFor(g => g.Area).Must(LifeAreas.IsKnown).OverridePropertyName("area")
            .WithMessage("Choose one of the eight life areas for this goal.");
        RuleFor(g => g.Text).Must(t => t?.Trim().Length is > 0 and <= AssessmentGoal.TextMaxLength).OverridePropertyName("text")
            .WithMessage($"Write the goal in 1 to {AssessmentGoal.TextMaxLength} characters.");
        RuleFor(g => g.TargetScore).InclusiveBetween(WheelOfLifeScoring.MinScore, WheelOfLifeScoring.MaxScore).OverridePropertyName("targetScore")
            .WithMessage($"A target score is from {WheelOfLifeScoring.MinScore} to {WheelOfLifeScoring.MaxScore}.");
    }
}
