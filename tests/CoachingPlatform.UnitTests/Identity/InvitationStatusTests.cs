using CoachingPlatform.Identity.Domain;

namespace CoachingPlatform.UnitTests.Identity;

public sealed class InvitationStatusTests
{
    private static readonly DateTime IssuedAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_invitation_is_valid_then_expired()
    {
        var (invitation, _) = Invitation.Issue(Guid.CreateVersion7(), IssuedAt);

        Assert.Equal(InvitationStatus.Valid, invitation.StatusAt(IssuedAt.AddDays(1)));
        Assert.Equal(InvitationStatus.Expired, invitation.StatusAt(IssuedAt + Invitation.Lifetime));
    }

    [Fact]
    public void A_revoked_invitation_cannot_be_accepted_but_a_used_one_is_not_revoked()
    {
        var (revoked, _) = Invitation.Issue(Guid.CreateVersion7(), IssuedAt);
        var (used, _) = Invitation.Issue(Guid.CreateVersion7(), IssuedAt);
        used.Accept(IssuedAt.AddHours(1));

        revoked.Revoke(IssuedAt.AddHours(2));
        used.Revoke(IssuedAt.AddHours(2));

        Assert.Equal(InvitationStatus.Revoked, revoked.StatusAt(IssuedAt.AddHours(3)));
        Assert.False(revoked.IsUsable(IssuedAt.AddHours(3)));
        Assert.Throws<InvalidOperationException>(() => revoked.Accept(IssuedAt.AddHours(3)));
        Assert.Equal(InvitationStatus.Used, used.StatusAt(IssuedAt.AddHours(3)));
        Assert.Null(used.RevokedAt);
    }
}
