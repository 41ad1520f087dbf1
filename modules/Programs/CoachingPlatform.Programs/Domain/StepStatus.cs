namespace CoachingPlatform.Programs.Domain;

internal enum StepStatus
{
    Locked,
    Available,
    Completed,
}
