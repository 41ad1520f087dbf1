namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// An aggregate several requests may change at once. Its version is the optimistic concurrency token,
/// renewed on every save, so a lost update becomes a 409 instead of silently winning.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
