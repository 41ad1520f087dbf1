namespace CoachingPlatform.Programs.Contracts;

/// <summary>A coach marked a client's request for more support handled, with an optional short reply.</summary>
public sealed record SupportRequestResolved(Guid RequestId, Guid ClientId, Guid CoachId, string? StepTitle, string? Reply, DateTime ResolvedAt);
