using CoachingPlatform.BuildingBlocks.Security;

namespace CoachingPlatform.Identity.Domain;

/// <summary>
/// A one-time link to set a password. Only the token's hash is stored. Resending issues a new link and
/// revokes the old one; revoking stops every open link of the account.
/// </summary>
internal sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public static (Invitation Invitation, string Token) Issue(Guid userId, DateTime now)
    {
        var (token, hash) = OneTimeToken.Create();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (invitation, token);
    }

    public static string Hash(string token) => OneTimeToken.Hash(token);

    public bool IsUsable(DateTime now) => StatusAt(now) == InvitationStatus.Valid;

    public InvitationStatus StatusAt(DateTime now) =>
        AcceptedAt is not null ? InvitationStatus.Used
        : RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Valid;

    public void Accept(DateTime now)
    {
        if (!IsUsable(now))
        {
            throw new InvalidOperationException("This invitation can no longer be used.");
        }

        AcceptedAt = now;
    }

    /// <summary>An open link stops working; a used or already revoked one is left as it is.</summary>
    public void Revoke(DateTime now)
    {
        if (AcceptedAt is null)
        {
            RevokedAt ??= now;
        }
    }
}
