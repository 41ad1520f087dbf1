namespace CoachingPlatform.Assessments.Domain;

/// <summary>What a filled-in wheel says: its average, its balance and the areas that stand out at either end.</summary>
internal sealed record WheelOfLifeScore(double Average, WheelBalance Balance, IReadOnlyList<string> Strengths, IReadOnlyList<string> GrowthAreas);
