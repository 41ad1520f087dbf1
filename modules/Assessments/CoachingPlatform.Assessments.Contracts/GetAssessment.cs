using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>
/// A stored result for its owner, their coach, or anyone holding the id of an anonymous one (404
/// otherwise). <paramref name="CallerId"/> is the signed-in caller, null for a visitor.
/// </summary>
public sealed record GetAssessment(Guid Id, Guid? CallerId) : IRequest<AssessmentResult>;

/// <summary>
/// <see cref="PreviousId"/> is the owner's result before this one (for the overlay); <see cref="CanEdit"/>
/// says whether the caller may add goals: the owner, or whoever holds an anonymous result.
/// </summary>
public sealed record AssessmentResult(
    Guid Id,
    DateTime TakenAt,
    bool Anonymous,
    double Average,
    BalanceView Balance,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> GrowthAreas,
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyList<AreaResult> Areas,
    IReadOnlyList<GoalView> Goals,
    Guid? PreviousId,
    bool CanEdit);

/// <summary>An area's score with the person's note; <see cref="Previous"/> is its score in the owner's previous result.</summary>
public sealed record AreaResult(string Key, string Name, int Score, string? Note, int? Previous);

/// <summary>How far apart the areas are: the gap between the highest and lowest score, in words.</summary>
public sealed record BalanceView(int Spread, string Level, string Explanation);

public sealed record GoalView(Guid Id, string Area, string Text, int? TargetScore, DateOnly? TargetDate);
