namespace CoachingPlatform.Programs.Contracts;

public sealed record ProgramCompleted(Guid AssignmentId, Guid ClientId, Guid CoachId, string ProgramTitle, DateTime CompletedAt);
