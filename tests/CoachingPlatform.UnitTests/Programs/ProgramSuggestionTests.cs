using CoachingPlatform.Programs.Domain;

namespace CoachingPlatform.UnitTests.Programs;

/// <summary>Results reach the suggestion in whatever order their events are handled, not the order they were taken.</summary>
public sealed class ProgramSuggestionTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_newer_result_refreshes_the_suggestion()
    {
        var older = Guid.CreateVersion7();
        var newer = Guid.CreateVersion7();
        var suggestion = ProgramSuggestion.Suggest(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), older, ["relationships"], Now, Now);

        suggestion.Refresh(newer, ["family-and-friends"], Now.AddMinutes(5), Now.AddMinutes(6));

        Assert.Equal(newer, suggestion.AssessmentId);
        Assert.Equal("family-and-friends", suggestion.GrowthAreas);
        Assert.Equal(Now.AddMinutes(5), suggestion.ResultTakenAt);
    }

    [Fact]
    public void An_older_result_handled_after_a_newer_one_changes_nothing()
    {
        var older = Guid.CreateVersion7();
        var newer = Guid.CreateVersion7();
        var suggestion = ProgramSuggestion.Suggest(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), newer, ["family-and-friends"], Now.AddMinutes(5), Now);

        suggestion.Refresh(older, ["relationships"], Now, Now.AddMinutes(6));

        Assert.Equal(newer, suggestion.AssessmentId);
        Assert.Equal("family-and-friends", suggestion.GrowthAreas);
        Assert.Equal(Now.AddMinutes(5), suggestion.ResultTakenAt);
        Assert.Equal(Now, suggestion.SuggestedAt);
    }
}
