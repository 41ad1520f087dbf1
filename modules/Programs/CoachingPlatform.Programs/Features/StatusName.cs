using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.Programs.Features;

internal static class StatusName
{
    public static string Of(StepStatus status) => status switch
    {
        StepStatus.Completed => "completed",
        StepStatus.Locked => "locked",
        _ => "available",
    };
}
