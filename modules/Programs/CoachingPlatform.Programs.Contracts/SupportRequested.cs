namespace CoachingPlatform.Programs.Contracts;

/// <summary>A client asked their coach for more support from one of their steps.</summary>
public sealed record SupportRequested(Guid RequestId, Guid ClientId, Guid CoachId, Guid AssignmentId, string? StepTitle, string? Message, DateTime RequestedAt);
