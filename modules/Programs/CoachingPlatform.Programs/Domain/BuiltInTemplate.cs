namespace CoachingPlatform.Programs.Domain;

/// <summary>A built-in program; <see cref="RetakeWheelAfter"/> lists the step numbers after which the client retakes the Wheel of Life.</summary>
internal sealed record BuiltInTemplate(string Key, string Title, string Summary, IReadOnlyList<StepContent> Steps, IReadOnlyList<int>? RetakeWheelAfter = null)
{
    public IReadOnlyList<StepContent> Contents =>
        Steps.Select((step, i) => step with { RetakeWheel = RetakeWheelAfter?.Contains(i + 1) == true }).ToList();
}
