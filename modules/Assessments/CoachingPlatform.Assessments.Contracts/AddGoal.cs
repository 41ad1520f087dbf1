using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>Adds a goal to a result: by its owner, or by whoever holds an anonymous result's id.</summary>
public sealed record AddGoal(Guid AssessmentId, Guid? CallerId, string? Area, string? Text, int? TargetScore, DateOnly? TargetDate)
    : IRequest<GoalView>;
