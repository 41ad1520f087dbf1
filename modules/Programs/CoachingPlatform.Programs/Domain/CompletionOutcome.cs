namespace CoachingPlatform.Programs.Domain;

internal sealed record CompletionOutcome(StepCompletion Completion, bool NewlyCompleted, bool ProgramCompleted);
