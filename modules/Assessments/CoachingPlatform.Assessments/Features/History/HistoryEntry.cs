using CoachingPlatform.Assessments.Contracts;

namespace CoachingPlatform.Assessments.Features.History;

/// <summary>
/// One result in a client's history. <see cref="Change"/> is each area's score minus its score in the
/// result before (null for the first result); <see cref="PreviousId"/> is that result, for the overlay.
/// </summary>
internal sealed record HistoryEntry(
    Guid Id,
    DateTime TakenAt,
    double Average,
    int Spread,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> GrowthAreas,
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyDictionary<string, int>? Change,
    Guid? PreviousId,
    IReadOnlyDictionary<string, string?> Notes,
    IReadOnlyList<GoalView> Goals);
