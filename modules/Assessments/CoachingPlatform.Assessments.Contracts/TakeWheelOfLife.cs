using MediatR;

namespace CoachingPlatform.Assessments.Contracts;

/// <summary>
/// Scores a filled-in wheel and keeps it. <paramref name="OwnerId"/> is the signed-in client, if any;
/// without one the result is anonymous and the answer carries a token to claim it later.
/// </summary>
public sealed record TakeWheelOfLife(
    IReadOnlyDictionary<string, int>? Scores,
    IReadOnlyDictionary<string, string?>? Notes,
    IReadOnlyList<GoalInput>? Goals,
    Guid? OwnerId) : IRequest<TakenWheelOfLife>;

/// <summary>A goal for one area: the text, and optionally the score to reach and by when.</summary>
public sealed record GoalInput(string? Area, string? Text, int? TargetScore = null, DateOnly? TargetDate = null);

public sealed record TakenWheelOfLife(Guid Id, double Average, IReadOnlyList<string> Strengths, IReadOnlyList<string> GrowthAreas, string? ClaimToken);
