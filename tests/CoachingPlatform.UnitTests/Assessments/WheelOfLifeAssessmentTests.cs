using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.BuildingBlocks.Errors;

namespace CoachingPlatform.UnitTests.Assessments;

public sealed class WheelOfLifeAssessmentTests
{
    private static readonly DateTime TakenAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid ClientId = Guid.CreateVersion7();

    private static readonly Dictionary<string, string?> NoNotes = [];

    private static WheelOfLifeAssessment Take(Guid? owner, IReadOnlyDictionary<string, int> scores, IEnumerable<(string Area, string Text)> goals, DateTime at) =>
        WheelOfLifeAssessment.Take(owner, scores, NoNotes, goals.Select(g => (g.Area, g.Text, (int?)null, (DateOnly?)null)), at).Assessment;

    [Fact]
    public void Taking_a_wheel_keeps_one_score_per_area_and_who_took_it_when()
    {
        var scores = WheelOfLifeScoringTests.Wheel(health: 3, career: 8, finances: 5, relationships: 4, family: 9, growth: 6, fun: 7, environment: 2);

        var assessment = Take(ClientId, scores, [], TakenAt);

        Assert.NotEqual(Guid.Empty, assessment.Id);
        Assert.Equal(ClientId, assessment.OwnerId);
        Assert.Equal(TakenAt, assessment.TakenAt);
        Assert.Equal(scores, assessment.Scores.ToDictionary(s => s.Area, s => s.Score));
    }

    [Fact]
    public void The_summary_of_a_taken_wheel_is_its_score()
    {
        var scores = WheelOfLifeScoringTests.Wheel(health: 3, career: 8, finances: 5, relationships: 4, family: 9, growth: 6, fun: 7, environment: 2);
        var assessment = Take(null, scores, [], TakenAt);

        var summary = assessment.Summary();

        Assert.Equal(5.5, summary.Average);
        Assert.Equal(["family-and-friends"], summary.Strengths);
        Assert.Equal(["physical-environment"], summary.GrowthAreas);
    }

    [Fact]
    public void Goals_are_trimmed_and_kept_in_the_order_they_were_written()
    {
        var assessment = Take(ClientId, WheelOfLifeScoringTests.Flat(5),
            [("finances", "  Save a little every month  "), ("health", "Sleep before midnight")], TakenAt);

        var goals = assessment.Goals.OrderBy(g => g.Position).Select(g => (g.Area, g.Text)).ToList();

        Assert.Equal([("finances", "Save a little every month"), ("health", "Sleep before midnight")], goals);
    }

    [Fact]
    public void An_incomplete_wheel_cannot_be_taken()
    {
        var scores = WheelOfLifeScoringTests.Flat(5);
        scores.Remove("career");

        var refused = Record.Exception(() => Take(ClientId, scores, [], TakenAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void More_goals_than_allowed_are_refused()
    {
        var goals = Enumerable.Range(1, WheelOfLifeAssessment.MaxGoals + 1).Select(i => ("health", $"Goal {i}"));

        var refused = Record.Exception(() => Take(ClientId, WheelOfLifeScoringTests.Flat(5), goals, TakenAt));

        Assert.IsType<ConflictException>(refused);
    }

    [Fact]
    public void The_maximum_number_of_goals_is_accepted()
    {
        var goals = Enumerable.Range(1, WheelOfLifeAssessment.MaxGoals).Select(i => ("health", $"Goal {i}"));

        var assessment = Take(ClientId, WheelOfLifeScoringTests.Flat(5), goals, TakenAt);

        Assert.Equal(WheelOfLifeAssessment.MaxGoals, assessment.Goals.Count);
    }

    [Fact]
    public void A_goal_for_an_unknown_area_is_refused()
    {
        var refused = Record.Exception(() => Take(ClientId, WheelOfLifeScoringTests.Flat(5), [("spirituality", "Meditate")], TakenAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_goal_without_text_is_refused(string text)
    {
        var refused = Record.Exception(() => Take(ClientId, WheelOfLifeScoringTests.Flat(5), [("health", text)], TakenAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void A_goal_longer_than_allowed_is_refused()
    {
        var text = new string('a', AssessmentGoal.TextMaxLength + 1);

        var refused = Record.Exception(() => Take(ClientId, WheelOfLifeScoringTests.Flat(5), [("health", text)], TakenAt));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void An_anonymous_result_is_readable_by_anyone()
    {
        var byVisitor = WheelOfLifeAssessment.IsReadableBy(null, null);
        var bySignedIn = WheelOfLifeAssessment.IsReadableBy(null, Guid.CreateVersion7());

        Assert.True(byVisitor);
        Assert.True(bySignedIn);
    }

    [Fact]
    public void An_owned_result_is_readable_by_its_owner_only()
    {
        var byOwner = WheelOfLifeAssessment.IsReadableBy(ClientId, ClientId);
        var byVisitor = WheelOfLifeAssessment.IsReadableBy(ClientId, null);
        var bySomeoneElse = WheelOfLifeAssessment.IsReadableBy(ClientId, Guid.CreateVersion7());

        Assert.True(byOwner);
        Assert.False(byVisitor);
        Assert.False(bySomeoneElse);
    }

    [Fact]
    public void An_anonymous_result_hands_out_a_claim_token_and_stores_only_its_hash()
    {
        var (assessment, token) = WheelOfLifeAssessment.Take(null, WheelOfLifeScoringTests.Flat(5), NoNotes, [], TakenAt);

        Assert.NotNull(token);
        Assert.Equal(ClaimTokens.Hash(token), assessment.ClaimTokenHash);
        Assert.DoesNotContain(token, assessment.ClaimTokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_s_result_has_no_claim_token()
    {
        var (assessment, token) = WheelOfLifeAssessment.Take(ClientId, WheelOfLifeScoringTests.Flat(5), NoNotes, [], TakenAt);

        Assert.Null(token);
        Assert.Null(assessment.ClaimTokenHash);
    }

    [Fact]
    public void Claiming_with_the_token_makes_the_client_the_owner_once()
    {
        var (assessment, token) = WheelOfLifeAssessment.Take(null, WheelOfLifeScoringTests.Flat(5), NoNotes, [], TakenAt);

        assessment.Claim(ClientId, token!, TakenAt.AddDays(1));
        var again = Record.Exception(() => assessment.Claim(Guid.CreateVersion7(), token!, TakenAt.AddDays(2)));

        Assert.Equal(ClientId, assessment.OwnerId);
        Assert.Equal(TakenAt.AddDays(1), assessment.ClaimedAt);
        Assert.IsType<NotFoundException>(again);
    }

    [Fact]
    public void Claiming_with_a_wrong_token_is_refused()
    {
        var (assessment, _) = WheelOfLifeAssessment.Take(null, WheelOfLifeScoringTests.Flat(5), NoNotes, [], TakenAt);

        var refused = Record.Exception(() => assessment.Claim(ClientId, ClaimTokens.New(), TakenAt));

        Assert.IsType<NotFoundException>(refused);
        Assert.Null(assessment.OwnerId);
    }

    [Fact]
    public void Notes_are_trimmed_and_blank_notes_are_not_kept()
    {
        var notes = new Dictionary<string, string?> { ["health"] = "  Sleeping badly since March ", ["career"] = "   " };

        var (assessment, _) = WheelOfLifeAssessment.Take(ClientId, WheelOfLifeScoringTests.Flat(5), notes, [], TakenAt);

        var kept = assessment.Scores.Where(s => s.Note is not null).ToDictionary(s => s.Area, s => s.Note);
        Assert.Equal(new Dictionary<string, string?> { ["health"] = "Sleeping badly since March" }, kept);
    }

    [Fact]
    public void A_goal_added_later_keeps_its_target_score_and_date()
    {
        var (assessment, _) = WheelOfLifeAssessment.Take(ClientId, WheelOfLifeScoringTests.Flat(5), NoNotes, [], TakenAt);

        var goal = assessment.AddGoal("relationships", "One honest conversation a week", 7, new DateOnly(2026, 6, 1));

        Assert.Equal((7, new DateOnly(2026, 6, 1)), (goal.TargetScore!.Value, goal.TargetDate!.Value));
        Assert.Single(assessment.Goals);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void A_target_score_outside_one_to_ten_is_refused(int target)
    {
        var (assessment, _) = WheelOfLifeAssessment.Take(ClientId, WheelOfLifeScoringTests.Flat(5), NoNotes, [], TakenAt);

        var refused = Record.Exception(() => assessment.AddGoal("health", "Walk", target, null));

        Assert.IsType<ArgumentOutOfRangeException>(refused);
    }
}
