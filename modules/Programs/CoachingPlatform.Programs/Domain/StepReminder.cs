namespace CoachingPlatform.Programs.Domain;

/// <summary>The ledger of reminders sent: one row per assignment step, so a step is reminded once at most.</summary>
internal sealed class StepReminder
{
    private StepReminder()
    {
    }

    public Guid AssignmentId { get; private set; }

    public Guid StepId { get; private set; }

    public Guid ClientId { get; private set; }

    public DateTime SentAt { get; private set; }

    public static StepReminder For(Assignment assignment, ProgramStep step, DateTime now) => new()
    {
        AssignmentId = assignment.Id,
        StepId = step.Id,
        ClientId = assignment.ClientId,
        SentAt = now,
    };
}
