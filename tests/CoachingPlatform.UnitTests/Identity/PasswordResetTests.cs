using CoachingPlatform.Identity.Domain;

namespace CoachingPlatform.UnitTests.Identity;

public sealed class PasswordResetTests
{
    private static readonly DateTime RequestedAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_reset_link_works_for_an_hour()
    {
        var (reset, token) = PasswordReset.Issue(Guid.CreateVersion7(), RequestedAt);

        Assert.True(reset.IsUsable(RequestedAt + PasswordReset.Lifetime - TimeSpan.FromSeconds(1)));
        Assert.False(reset.IsUsable(RequestedAt + PasswordReset.Lifetime));
        Assert.NotEqual(token, reset.TokenHash);
        Assert.Equal(64, reset.TokenHash.Length);
    }

    [Fact]
    public void A_closed_link_stays_closed_and_keeps_its_first_closing_time()
    {
        var (reset, _) = PasswordReset.Issue(Guid.CreateVersion7(), RequestedAt);

        reset.Close(RequestedAt.AddMinutes(5));
        reset.Close(RequestedAt.AddMinutes(9));

        Assert.False(reset.IsUsable(RequestedAt.AddMinutes(6)));
        Assert.Equal(RequestedAt.AddMinutes(5), reset.ClosedAt);
    }
}
