namespace CoachingPlatform.Programs.Domain;

internal static class ReminderPolicy
{
    /// <summary>
    /// The step to remind the client of: their first open step, once it has been available for
    /// <paramref name="after"/> with no activity on the assignment since. Null when nothing is due.
    /// </summary>
    public static ProgramStep? DueStep(Assignment assignment, IEnumerable<ProgramStep> steps, DateTime now, TimeSpan after)
    {
        if (assignment.CompletedAt is not null)
        {
            return null;
        }

        var next = steps.OrderBy(s => s.Order).FirstOrDefault(s => assignment.StatusOf(s, now) != StepStatus.Completed);
        if (next is null || assignment.StatusOf(next, now) == StepStatus.Locked)
        {
            return null;
        }

        var quietSince = assignment.UnlocksAt(next.Order) > assignment.LastActivityAt ? assignment.UnlocksAt(next.Order) : assignment.LastActivityAt;
        return now - quietSince >= after ? next : null;
    }

    public static bool WithinBudget(ClientPreferences preferences, int sentInLastWeek) =>
        sentInLastWeek < preferences.WeeklyReminderBudget;
}
