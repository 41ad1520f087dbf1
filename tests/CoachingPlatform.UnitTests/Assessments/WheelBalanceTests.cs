using CoachingPlatform.Assessments.Domain;

namespace CoachingPlatform.UnitTests.Assessments;

public sealed class WheelBalanceTests
{
    [Theory]
    [InlineData(5, "even")]
    [InlineData(6, "even")]
    [InlineData(7, "fairly balanced")]
    [InlineData(8, "fairly balanced")]
    [InlineData(9, "uneven")]
    [InlineData(10, "uneven")]
    public void The_spread_between_highest_and_lowest_names_the_balance(int highest, string level)
    {
        var scores = WheelOfLifeScoringTests.Flat(5);
        scores["career"] = highest;

        var balance = WheelOfLifeScoring.Score(scores).Balance;

        Assert.Equal(highest - 5, balance.Spread);
        Assert.Equal(level, balance.Level);
    }

    [Fact]
    public void A_spread_of_six_or_more_is_lopsided_and_explained_with_its_points()
    {
        var scores = WheelOfLifeScoringTests.Wheel(health: 9, career: 8, finances: 5, relationships: 2, family: 3, growth: 6, fun: 7, environment: 6);

        var balance = WheelOfLifeScoring.Score(scores).Balance;

        Assert.Equal(7, balance.Spread);
        Assert.Equal("lopsided", balance.Level);
        Assert.Contains("7 points", balance.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_wheel_is_even_whatever_its_level()
    {
        var low = WheelOfLifeScoring.Score(WheelOfLifeScoringTests.Flat(2)).Balance;
        var high = WheelOfLifeScoring.Score(WheelOfLifeScoringTests.Flat(9)).Balance;

        Assert.Equal((0, "even"), (low.Spread, low.Level));
        Assert.Equal((0, "even"), (high.Spread, high.Level));
    }

    [Fact]
    public void Every_level_is_explained_in_words_that_name_it()
    {
        var balances = Enumerable.Range(0, 10).Select(spread => WheelBalance.Of(1 + spread, 1)).ToList();

        Assert.Equal(["even", "fairly balanced", "uneven", "lopsided"], balances.Select(b => b.Level).Distinct());
        Assert.All(balances, b => Assert.StartsWith($"Your wheel is {b.Level}:", b.Explanation, StringComparison.Ordinal));
    }
}
