using CoachingPlatform.BuildingBlocks.Mediation;

namespace CoachingPlatform.UnitTests.BuildingBlocks;

public sealed class PlainValidationMessagesTests
{
    [Theory]
    [InlineData("WhyItMatters", "Why it matters")]
    [InlineData("DisplayName", "Display name")]
    [InlineData("Email", "Email")]
    public void A_property_name_reads_as_words(string property, string expected) =>
        Assert.Equal(expected, PlainValidationMessages.Humanize(property));
}
