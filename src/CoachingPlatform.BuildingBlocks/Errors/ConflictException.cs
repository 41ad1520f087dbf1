namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>The request is well formed but clashes with the current state (409), which may be sent back as <see cref="Current"/>.</summary>
public sealed class ConflictException(string message, object? current = null) : Exception(message)
{
    public object? Current { get; } = current;
}
