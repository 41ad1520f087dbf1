using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.UnitTests.Programs;

public sealed class AssignmentTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Coach = Guid.CreateVersion7();
    private static readonly Guid Client = Guid.CreateVersion7();

    private static TrustProgram Program() => TrustProgram.Author(Coach, "Three steps", "", [
        new StepContent("One", "why", "how", null, ["a", "b"], []),
        new StepContent("Two", "why", "how", null, [], []),
        new StepContent("Three", "why", "how", null, [], []),
    ], Start);

    [Fact]
    public void A_paced_assignment_unlocks_one_step_every_N_days()
    {
        var program = Program();
        var assignment = program.AssignTo(Client, Coach, paceDays: 7, Start);

        var statuses = program.Steps.Select(s => assignment.StatusOf(s, Start.AddDays(7))).ToList();

        Assert.Equal([StepStatus.Available, StepStatus.Available, StepStatus.Locked], statuses);
    }

    [Fact]
    public void Completing_a_locked_step_is_a_conflict()
    {
        var program = Program();
        var assignment = program.AssignTo(Client, Coach, paceDays: 7, Start);

        Assert.Throws<ConflictException>(() => assignment.Complete(program.Steps[2], new StepAnswer(null, null, null), Start.AddDays(1)));
        Assert.Empty(assignment.Completions);
    }

    [Fact]
    public void Completing_a_step_twice_keeps_one_completion_and_takes_the_new_answer()
    {
        var program = Program();
        var assignment = program.AssignTo(Client, Coach, paceDays: null, Start);
        assignment.Complete(program.Steps[0], new StepAnswer("first", ["a"], true), Start.AddHours(1));

        var again = assignment.Complete(program.Steps[0], new StepAnswer("second", null, false), Start.AddHours(2));

        Assert.False(again.NewlyCompleted);
        var completion = Assert.Single(assignment.Completions);
        Assert.Equal("second", completion.Reflection);
        Assert.Equal(["a"], completion.CheckedItems);
        Assert.False(completion.SharedWithCoach);
        Assert.Equal(Start.AddHours(1), completion.CompletedAt);
        Assert.Equal(33, assignment.Percent);
    }

    [Fact]
    public void The_last_step_completes_the_program_once()
    {
        var program = Program();
        var assignment = program.AssignTo(Client, Coach, paceDays: null, Start);
        assignment.Complete(program.Steps[0], new StepAnswer(null, null, null), Start.AddDays(1));
        assignment.Complete(program.Steps[1], new StepAnswer(null, null, null), Start.AddDays(2));

        var last = assignment.Complete(program.Steps[2], new StepAnswer(null, null, null), Start.AddDays(3));
        var repeat = assignment.Complete(program.Steps[2], new StepAnswer(null, null, null), Start.AddDays(4));

        Assert.True(last.ProgramCompleted);
        Assert.False(repeat.ProgramCompleted);
        Assert.Equal(Start.AddDays(3), assignment.CompletedAt);
        Assert.Equal(100, assignment.Percent);
    }

    [Fact]
    public void A_step_of_another_program_is_not_found()
    {
        var assignment = Program().AssignTo(Client, Coach, paceDays: null, Start);
        var foreign = Program().Steps[0];

        Assert.Throws<NotFoundException>(() => assignment.Complete(foreign, new StepAnswer(null, null, null), Start));
    }
}
