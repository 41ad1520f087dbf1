using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Errors;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Features.Results;

internal sealed class AddGoalValidator : AbstractValidator<AddGoal>
{
    public AddGoalValidator()
    {
        RuleFor(r => r.Area).Must(LifeAreas.IsKnown).WithMessage("Choose one of the eight life areas for this goal.");
        RuleFor(r => r.Text).Must(t => t?.Trim().Length is > 0 and <= AssessmentGoal.TextMaxLength)
            .WithMessage($"Write the goal in 1 to {AssessmentGoal.TextMaxLength} characters.");
        RuleFor(r => r.TargetScore).InclusiveBetween(WheelOfLifeScoring.MinScore, WheelOfLifeScoring.MaxScore)
            .WithMessage($"A target score is from {WheelOfLifeScoring.MinScore} to {WheelOfLifeScoring.MaxScore}.");
    }
}

/// <summary>Only whoever the result belongs to sets its goals: the client, or the holder of an anonymous result. A coach reads them.</summary>
internal sealed class AddGoalHandler(AssessmentsDbContext db) : IRequestHandler<AddGoal, GoalView>
{
    public async Task<GoalView> Handle(AddGoal request, CancellationToken cancellationToken)
    {
        var assessment = await db.WheelOfLifeAssessments.Include(a => a.Goals)
            .SingleOrDefaultAsync(a => a.Id == request.AssessmentId, cancellationToken);
        if (assessment is null || !WheelOfLifeAssessment.IsReadableBy(assessment.OwnerId, request.CallerId))
        {
            throw new NotFoundException("assessment", request.AssessmentId);
        }

        var goal = assessment.AddGoal(request.Area!, request.Text!, request.TargetScore, request.TargetDate);
        await db.SaveChangesAsync(cancellationToken);
        return new GoalView(goal.Id, goal.Area, goal.Text, goal.TargetScore, goal.TargetDate);
    }
}
