using CoachingPlatform.Identity.Domain;

namespace CoachingPlatform.UnitTests.Identity;

public sealed class InvitationTests
{
    private static readonly DateTime IssuedAt = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void A_new_invitation_is_usable_until_just_before_it_expires()
    {
        var (invitation, _) = Invitation.Issue(UserId, IssuedAt);

        var usableAtOnce = invitation.IsUsable(IssuedAt);
        var usableOnLastMoment = invitation.IsUsable(IssuedAt + Invitation.Lifetime - TimeSpan.FromSeconds(1));

        Assert.True(usableAtOnce);
        Assert.True(usableOnLastMoment);
    }

    [Fact]
    public void An_invitation_is_not_usable_from_its_expiry_on()
    {
        var (invitation, _) = Invitation.Issue(UserId, IssuedAt);

        var usableAtExpiry = invitation.IsUsable(IssuedAt + Invitation.Lifetime);
        var usableLater = invitation.IsUsable(IssuedAt + Invitation.Lifetime + TimeSpan.FromDays(30));

        Assert.False(usableAtExpiry);
        Assert.False(usableLater);
    }

    [Fact]
    public void Accepting_an_invitation_uses_it_up()
    {
        var (invitation, _) = Invitation.Issue(UserId, IssuedAt);
        var acceptedAt = IssuedAt.AddHours(2);

        invitation.Accept(acceptedAt);

        Assert.Equal(acceptedAt, invitation.AcceptedAt);
        Assert.False(invitation.IsUsable(acceptedAt.AddMinutes(1)));
    }

    [Fact]
    public void Accepting_an_invitation_twice_is_refused()
    {
        var (invitation, _) = Invitation.Issue(UserId, IssuedAt);
        invitation.Accept(IssuedAt.AddHours(1));

        var second = Record.Exception(() => invitation.Accept(IssuedAt.AddHours(2)));

        Assert.IsType<InvalidOperationException>(second);
    }

    [Fact]
    public void Accepting_an_expired_invitation_is_refused()
    {
        var (invitation, _) = Invitation.Issue(UserId, IssuedAt);

        var late = Record.Exception(() => invitation.Accept(IssuedAt + Invitation.Lifetime));

        Assert.IsType<InvalidOperationException>(late);
        Assert.Null(invitation.AcceptedAt);
    }

    [Fact]
    public void Only_the_hash_of_the_token_is_kept()
    {
        var (invitation, token) = Invitation.Issue(UserId, IssuedAt);

        var hash = Invitation.Hash(token);

        Assert.Equal(hash, invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invitation_gets_its_own_url_safe_token()
    {
        var (first, firstToken) = Invitation.Issue(UserId, IssuedAt);
        var (second, secondToken) = Invitation.Issue(UserId, IssuedAt);

        Assert.NotEqual(firstToken, secondToken);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(firstToken, Uri.EscapeDataString(firstToken));
        Assert.True(firstToken.Length >= 40, $"A token of {firstToken.Length} characters is too short to be unguessable.");
    }

    [Fact]
    public void An_invitation_belongs_to_the_invited_user_and_records_when_it_was_issued()
    {
        var (invitation, _) = Invitation.Issue(UserId, IssuedAt);

        Assert.Equal(UserId, invitation.UserId);
        Assert.Equal(IssuedAt, invitation.CreatedAt);
        Assert.Equal(IssuedAt + Invitation.Lifetime, invitation.ExpiresAt);
        Assert.Null(invitation.AcceptedAt);
    }
}
