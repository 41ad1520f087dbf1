namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>A record that does not exist, or that belongs to someone else: both answer 404.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"The {resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}
