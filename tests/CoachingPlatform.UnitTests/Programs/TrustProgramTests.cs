using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.UnitTests.Programs;

public sealed class TrustProgramTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Coach = Guid.CreateVersion7();

    private static TrustProgram BuiltIn() =>
        TrustProgram.BuiltIn(BuiltInPrograms.RebuildingTrust.Key, BuiltInPrograms.RebuildingTrust.Title, BuiltInPrograms.RebuildingTrust.Summary, BuiltInPrograms.RebuildingTrust.Steps, Now);

    [Fact]
    public void A_built_in_program_is_read_only()
    {
        var program = BuiltIn();

        var error = Assert.Throws<ConflictException>(() => program.Revise(Coach, "Mine", "", [new StepContent("s", "w", "h", null, [], [])], isAssigned: false, Now));

        Assert.Contains("Copy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assigned_program_keeps_its_steps()
    {
        var program = TrustProgram.Author(Coach, "Mine", "", [new StepContent("s", "w", "h", null, [], [])], Now);

        Assert.Throws<ConflictException>(() => program.Revise(Coach, "Mine v2", "", [new StepContent("t", "w", "h", null, [], [])], isAssigned: true, Now));
        Assert.Equal("s", Assert.Single(program.Steps).Title);
    }

    [Fact]
    public void Copying_a_built_in_program_gives_the_coach_an_editable_program_with_the_same_steps()
    {
        var source = BuiltIn();

        var copy = source.CopyFor(Coach, "My trust program", Now);
        copy.Revise(Coach, "My trust program", "adapted", copy.Steps.Take(2).Select(s => s.Content).ToList(), isAssigned: false, Now);

        Assert.Equal(Coach, copy.OwnerCoachId);
        Assert.NotEqual(source.Id, copy.Id);
        Assert.Equal(["Acknowledge the Pain", "Rebuild Communication"], copy.Steps.Select(s => s.Title));
        Assert.Equal(7, source.Steps.Count);
    }

    [Fact]
    public void Another_coach_cannot_assign_a_coach_s_own_program()
    {
        var program = TrustProgram.Author(Coach, "Mine", "", [new StepContent("s", "w", "h", null, [], [])], Now);

        Assert.Throws<NotFoundException>(() => program.AssignTo(Guid.CreateVersion7(), Guid.CreateVersion7(), null, Now));
    }
}
