namespace CoachingPlatform.Programs.Domain;

/// <summary>What the client sends when completing a step; null means "leave as it is".</summary>
internal sealed record StepAnswer(string? Reflection, IReadOnlyList<string>? CheckedItems, bool? ShareWithCoach);
