using CoachingPlatform.BuildingBlocks.Validation;

namespace CoachingPlatform.UnitTests.Security;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Riley Morgan", "Riley Morgan")]
    [InlineData("  Riley   Morgan ", "Riley Morgan")]
    [InlineData("Riley\r\nBcc: x@y.com", "Riley Bcc: x@y.com")]
    [InlineData("Riley\u0000Morgan", "Riley Morgan")]
    [InlineData("Riley\tMorgan", "Riley Morgan")]
    [InlineData("\u202EnagroM yeliR", "nagroM yeliR")]
    [InlineData("Ril\u200Bey\u2066 Mor\u2069gan\u200F", "Riley Morgan")]
    [InlineData("Zoë Ångström-Łukasz 李", "Zoë Ångström-Łukasz 李")]
    [InlineData("\u202E\u0000\r\n", "")]
    public void Control_and_formatting_characters_are_gone(string input, string expected) => Assert.Equal(expected, PlainText.Name(input));
}
