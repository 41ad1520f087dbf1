namespace CoachingPlatform.Programs.Domain;

internal sealed record BuiltInTemplate(string Key, string Title, string Summary, IReadOnlyList<StepContent> Steps);
