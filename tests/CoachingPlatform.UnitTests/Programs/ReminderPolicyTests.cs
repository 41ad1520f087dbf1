using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.UnitTests.Programs;

public sealed class ReminderPolicyTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan After = TimeSpan.FromDays(3);

    private static (TrustProgram Program, Assignment Assignment) Assigned(int? paceDays = null)
    {
        var coach = Guid.CreateVersion7();
        var program = TrustProgram.Author(coach, "P", "", [
            new StepContent("One", "w", "h", null, [], []),
            new StepContent("Two", "w", "h", null, [], []),
        ], Start);
        return (program, program.AssignTo(Guid.CreateVersion7(), coach, paceDays, Start));
    }

    [Fact]
    public void The_first_open_step_is_due_after_N_quiet_days()
    {
        var (program, assignment) = Assigned();

        Assert.Null(ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(2), After));
        Assert.Equal("One", ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(3), After)?.Title);
    }

    [Fact]
    public void Activity_restarts_the_wait()
    {
        var (program, assignment) = Assigned();
        assignment.Complete(program.Steps[0], new StepAnswer(null, null, null), Start.AddDays(2));

        Assert.Null(ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(4), After));
        Assert.Equal("Two", ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(5), After)?.Title);
    }

    [Fact]
    public void A_locked_step_is_never_due()
    {
        var (program, assignment) = Assigned(paceDays: 10);
        assignment.Complete(program.Steps[0], new StepAnswer(null, null, null), Start);

        Assert.Null(ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(9), After));
        Assert.Null(ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(12), After));
        Assert.Equal("Two", ReminderPolicy.DueStep(assignment, program.Steps, Start.AddDays(13), After)?.Title);
    }

    [Fact]
    public void The_weekly_budget_caps_reminders()
    {
        var preferences = ClientPreferences.DefaultFor(Guid.CreateVersion7());
        preferences.Update("UTC", new TimeOnly(22, 0), new TimeOnly(7, 0), weeklyBudget: 1);

        Assert.True(ReminderPolicy.WithinBudget(preferences, sentInLastWeek: 0));
        Assert.False(ReminderPolicy.WithinBudget(preferences, sentInLastWeek: 1));
    }
}
