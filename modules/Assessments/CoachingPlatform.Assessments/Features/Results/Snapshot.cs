using CoachingPlatform.Assessments.Contracts;

namespace CoachingPlatform.Assessments.Features.Results;

/// <summary>A stored result as the read slices need it.</summary>
internal sealed record Snapshot(
    Guid Id, Guid? OwnerId, DateTime TakenAt, IReadOnlyDictionary<string, int> Scores, IReadOnlyDictionary<string, string?> Notes, IReadOnlyList<GoalView> Goals)
{
    public static Snapshot From(SnapshotRow row) => new(
        row.Id, row.OwnerId, row.TakenAt,
        row.Scores.ToDictionary(s => s.Area, s => s.Score),
        row.Scores.ToDictionary(s => s.Area, s => s.Note),
        row.Goals);
}
