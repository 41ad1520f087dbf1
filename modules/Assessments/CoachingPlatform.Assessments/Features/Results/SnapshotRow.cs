using CoachingPlatform.Assessments.Contracts;

namespace CoachingPlatform.Assessments.Features.Results;

/// <summary>What the database returns for a result, in one query with its scores and goals.</summary>
internal sealed record SnapshotRow(Guid Id, Guid? OwnerId, DateTime TakenAt, List<ScoreRow> Scores, List<GoalView> Goals);
