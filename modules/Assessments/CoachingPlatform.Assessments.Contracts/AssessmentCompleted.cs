namespace CoachingPlatform.Assessments.Contracts;

/// <summary>
/// A result entered a client's history (taken while signed in, or claimed). Carries the areas, never the
/// notes: those stay between the client and their coach.
/// </summary>
public sealed record AssessmentCompleted(
    Guid AssessmentId,
    Guid ClientId,
    double Average,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> GrowthAreas,
    DateTime TakenAt);
