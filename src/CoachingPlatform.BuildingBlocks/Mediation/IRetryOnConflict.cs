namespace CoachingPlatform.BuildingBlocks.Mediation;

/// <summary>
/// A request whose handler can safely run again on fresh state when its save meets a concurrent change
/// (a concurrency token or a unique index): the retry then sees the other write and answers accordingly.
/// </summary>
public interface IRetryOnConflict;
