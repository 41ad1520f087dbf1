using CoachingPlatform.BuildingBlocks.Validation;

namespace CoachingPlatform.UnitTests.Security;

public sealed class EmailRuleTests
{
    [Theory]
    [InlineData("sam@example.com")]
    [InlineData("sam.taylor+coaching@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("  padded@example.com  ")]
    public void A_plain_address_with_a_dotted_domain_is_valid(string address) => Assert.True(EmailRule.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a@b")]
    [InlineData("\"a@x.com")]
    [InlineData("a b@x.com")]
    [InlineData("a,b@x.com")]
    [InlineData("a;b@x.com")]
    [InlineData("Sam <sam@example.com>")]
    [InlineData("sam@example.com <evil@x.com>")]
    [InlineData("\"Sam\" sam@example.com")]
    [InlineData("sam@example.com\r\nBcc: all@example.com")]
    [InlineData("sam@exa\u0000mple.com")]
    [InlineData("a@@x.com")]
    [InlineData("a@x@y.com")]
    [InlineData(".a@x.com")]
    [InlineData("a.@x.com")]
    [InlineData("a..b@x.com")]
    [InlineData("a@x..com")]
    [InlineData("a@-x.com")]
    [InlineData("a@x.com.")]
    [InlineData("a@[127.0.0.1]")]
    [InlineData("(comment)a@x.com")]
    [InlineData("a\\b@x.com")]
    [InlineData("a@x_y.com")]
    public void Anything_else_is_refused(string address) => Assert.False(EmailRule.IsValid(address));

    [Fact]
    public void A_very_long_address_is_refused() => Assert.False(EmailRule.IsValid(new string('a', 250) + "@x.com"));
}
