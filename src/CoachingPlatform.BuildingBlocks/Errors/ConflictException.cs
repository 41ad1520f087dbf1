namespace CoachingPlatform.BuildingBlocks.Errors;

/// <summary>The request is well formed but clashes with the current state (409).</summary>
public sealed class ConflictException(string message) : Exception(message);
