using CoachingPlatform.Subscriptions.Domain;

namespace CoachingPlatform.UnitTests.Subscriptions;

public sealed class DigestFrequenciesTests
{
    [Theory]
    [InlineData("weekly", nameof(DigestFrequency.Weekly))]
    [InlineData("Daily", nameof(DigestFrequency.Daily))]
    [InlineData("WEEKLY", nameof(DigestFrequency.Weekly))]
    public void The_two_names_are_read_in_any_case(string value, string expected)
    {
        var parsed = DigestFrequencies.TryParse(value, out var frequency);

        Assert.True(parsed);
        Assert.Equal(Enum.Parse<DigestFrequency>(expected), frequency);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("monthly")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("weekly,daily")]
    [InlineData(" weekly")]
    public void Anything_but_the_two_names_is_refused(string? value)
    {
        var parsed = DigestFrequencies.TryParse(value, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void Parsing_an_unknown_name_throws()
    {
        var refused = Record.Exception(() => DigestFrequencies.Parse("hourly"));

        Assert.IsType<ArgumentException>(refused);
    }

    [Theory]
    [InlineData(nameof(DigestFrequency.Weekly), "weekly")]
    [InlineData(nameof(DigestFrequency.Daily), "daily")]
    public void A_frequency_is_named_in_lower_case(string frequency, string expected)
    {
        var name = DigestFrequencies.NameOf(Enum.Parse<DigestFrequency>(frequency));

        Assert.Equal(expected, name);
    }
}
