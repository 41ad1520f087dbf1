namespace CoachingPlatform.Programs.Contracts;

/// <summary>
/// A client completed a step that the program marks as a moment to retake the Wheel of Life (the built-in
/// program: after step 4 and at completion), so coach and client can compare before and after.
/// </summary>
public sealed record RetakeMilestoneReached(
    Guid AssignmentId, Guid ClientId, Guid CoachId, string ProgramTitle, int StepOrder, string StepTitle, bool ProgramCompleted, DateTime ReachedAt);
