using CoachingPlatform.Identity.Passwords;

namespace CoachingPlatform.UnitTests.Security;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("Password1234!")]
    [InlineData("password1234")]
    [InlineData("P@ssword-2026")]
    [InlineData("Qwertyuiop12!")]
    [InlineData("123456789012")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("DragonDragon1!")]
    [InlineData("Welcome-2026!!")]
    [InlineData("ILoveYou!2026")]
    [InlineData("ab12ab12ab12")]
    public void A_common_password_is_refused(string password) => Assert.True(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void A_password_made_of_the_own_address_or_name_is_refused()
    {
        Assert.True(CommonPasswordValidator.IsCommon("riley.morgan-2026", "riley.morgan@example.com", "Riley Morgan"));
        Assert.True(CommonPasswordValidator.IsCommon("RileyMorgan#2026", "r@example.com", "Riley Morgan"));
    }

    [Theory]
    [InlineData("Steady-Steps-42!")]
    [InlineData("correct horse battery")]
    [InlineData("Blue-Harbor-Lantern-7")]
    public void An_uncommon_password_passes(string password) => Assert.False(CommonPasswordValidator.IsCommon(password, "sam@example.com", "Sam Taylor"));
}
