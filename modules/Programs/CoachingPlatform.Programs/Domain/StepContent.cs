namespace CoachingPlatform.Programs.Domain;

/// <summary>What a step says: the same fields for built-in and coach-authored programs.</summary>
internal sealed record StepContent(
    string Title,
    string WhyItMatters,
    string HowTo,
    string? Tip,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<string> Prompts)
{
    /// <summary>A milestone: completing this step invites the client to retake the Wheel of Life.</summary>
    public bool RetakeWheel { get; init; }
}
