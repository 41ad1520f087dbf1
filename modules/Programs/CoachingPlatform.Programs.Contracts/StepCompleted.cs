namespace CoachingPlatform.Programs.Contracts;

public sealed record StepCompleted(Guid AssignmentId, Guid ClientId, Guid CoachId, Guid StepId, int StepOrder, string StepTitle, DateTime CompletedAt);
