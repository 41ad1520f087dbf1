namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>
/// The request is well formed but clashes with the current state (409). <paramref name="current"/>, when
/// given, is the record as it stands now and is sent back as the answer's <c>current</c> member, so the
/// caller can show it without asking again.
/// </summary>
public sealed class ConflictException(string message, object? current = null) : Exception(message)
{
    public object? Current { get; } = current;
}
