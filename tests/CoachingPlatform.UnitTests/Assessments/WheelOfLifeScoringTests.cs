using CoachingPlatform.Assessments.Domain;

namespace CoachingPlatform.UnitTests.Assessments;

public sealed class WheelOfLifeScoringTests
{
    [Fact]
    public void The_average_is_the_mean_of_the_eight_scores()
    {
        var scores = Wheel(health: 2, career: 4, finances: 6, relationships: 8, family: 10, growth: 8, fun: 6, environment: 4);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Equal(6.0, score.Average);
    }

    [Theory]
    [InlineData(5, 5, 5, 5, 5, 5, 5, 7, 5.3)] // 42 / 8 = 5.25: a half rounds away from zero
    [InlineData(5, 5, 5, 5, 5, 7, 7, 7, 5.8)] // 46 / 8 = 5.75
    [InlineData(5, 5, 5, 5, 5, 5, 5, 6, 5.1)] // 41 / 8 = 5.125
    [InlineData(5, 5, 5, 5, 5, 5, 7, 8, 5.6)] // 45 / 8 = 5.625
    public void The_average_is_rounded_to_one_decimal_with_halves_away_from_zero(
        int health, int career, int finances, int relationships, int family, int growth, int fun, int environment, double expected)
    {
        var scores = Wheel(health, career, finances, relationships, family, growth, fun, environment);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Equal(expected, score.Average);
    }

    [Fact]
    public void The_single_highest_area_is_the_strength_and_the_single_lowest_the_growth_area()
    {
        var scores = Wheel(health: 5, career: 9, finances: 2, relationships: 5, family: 6, growth: 7, fun: 4, environment: 5);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Equal(["career"], score.Strengths);
        Assert.Equal(["finances"], score.GrowthAreas);
    }

    [Fact]
    public void Areas_tied_at_either_end_are_all_listed_in_the_wheel_s_order()
    {
        var scores = Wheel(health: 3, career: 8, finances: 5, relationships: 3, family: 8, growth: 6, fun: 8, environment: 3);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Equal(["career", "family-and-friends", "fun-and-recreation"], score.Strengths);
        Assert.Equal(["health", "relationships", "physical-environment"], score.GrowthAreas);
    }

    [Fact]
    public void A_wheel_with_two_levels_splits_every_area_between_strengths_and_growth_areas()
    {
        var scores = Wheel(health: 4, career: 7, finances: 4, relationships: 7, family: 4, growth: 7, fun: 4, environment: 7);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Equal(["career", "relationships", "personal-growth", "physical-environment"], score.Strengths);
        Assert.Equal(["health", "finances", "family-and-friends", "fun-and-recreation"], score.GrowthAreas);
    }

    [Theory]
    [InlineData(WheelOfLifeScoring.FlatWheelStrengthFrom)]
    [InlineData(WheelOfLifeScoring.MaxScore)]
    public void A_flat_wheel_at_or_above_the_threshold_is_all_strengths(int everywhere)
    {
        var scores = Flat(everywhere);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Equal(LifeAreas.All.Select(a => a.Key), score.Strengths);
        Assert.Empty(score.GrowthAreas);
        Assert.Equal(everywhere, score.Average);
    }

    [Theory]
    [InlineData(WheelOfLifeScoring.MinScore)]
    [InlineData(WheelOfLifeScoring.FlatWheelStrengthFrom - 1)]
    public void A_flat_wheel_below_the_threshold_is_all_growth_areas(int everywhere)
    {
        var scores = Flat(everywhere);

        var score = WheelOfLifeScoring.Score(scores);

        Assert.Empty(score.Strengths);
        Assert.Equal(LifeAreas.All.Select(a => a.Key), score.GrowthAreas);
    }

    [Fact]
    public void Complete_scores_in_range_have_no_problems()
    {
        var scores = Wheel(health: 1, career: 10, finances: 5, relationships: 5, family: 5, growth: 5, fun: 5, environment: 5);

        var problems = WheelOfLifeScoring.Check(scores);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_missing_area_is_a_problem_of_that_area()
    {
        var scores = Flat(5);
        scores.Remove("finances");

        var problems = WheelOfLifeScoring.Check(scores);

        var problem = Assert.Single(problems);
        Assert.Equal("finances", problem.Area);
        Assert.Contains("Finances", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_scores_name_every_area()
    {
        var problems = WheelOfLifeScoring.Check(new Dictionary<string, int>());

        Assert.Equal(LifeAreas.All.Select(a => a.Key), problems.Select(p => p.Area));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(11)]
    public void A_score_outside_one_to_ten_is_a_problem_of_that_area(int outOfRange)
    {
        var scores = Flat(5);
        scores["career"] = outOfRange;

        var problems = WheelOfLifeScoring.Check(scores);

        var problem = Assert.Single(problems);
        Assert.Equal("career", problem.Area);
    }

    [Fact]
    public void An_unknown_area_is_a_problem_under_its_own_key()
    {
        var scores = Flat(5);
        scores["spirituality"] = 7;

        var problems = WheelOfLifeScoring.Check(scores);

        var problem = Assert.Single(problems);
        Assert.Equal("spirituality", problem.Area);
    }

    [Fact]
    public void Area_keys_are_case_sensitive()
    {
        var scores = Flat(5);
        scores.Remove("health");
        scores["Health"] = 5;

        var problems = WheelOfLifeScoring.Check(scores);

        Assert.Equal(["health", "Health"], problems.Select(p => p.Area));
    }

    [Fact]
    public void Scoring_incomplete_scores_is_refused()
    {
        var scores = Flat(5);
        scores.Remove("health");

        var refused = Record.Exception(() => WheelOfLifeScoring.Score(scores));

        Assert.IsType<ArgumentException>(refused);
    }

    [Fact]
    public void Scoring_a_score_out_of_range_is_refused()
    {
        var scores = Flat(5);
        scores["fun-and-recreation"] = 11;

        var refused = Record.Exception(() => WheelOfLifeScoring.Score(scores));

        Assert.IsType<ArgumentException>(refused);
    }

    internal static Dictionary<string, int> Flat(int score) => LifeAreas.All.ToDictionary(a => a.Key, _ => score);

    internal static Dictionary<string, int> Wheel(
        int health, int career, int finances, int relationships, int family, int growth, int fun, int environment) => new()
    {
        ["health"] = health,
        ["career"] = career,
        ["finances"] = finances,
        ["relationships"] = relationships,
        ["family-and-friends"] = family,
        ["personal-growth"] = growth,
        ["fun-and-recreation"] = fun,
        ["physical-environment"] = environment,
    };
}
