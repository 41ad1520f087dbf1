using CoachingPlatform.BuildingBlocks.Security;

namespace CoachingPlatform.Identity.Domain;

/// <summary>
/// A mailed link to choose a new password: works once, for an hour. Only the token's hash is stored; a new
/// request makes the earlier links of the account stop working.
/// </summary>
internal sealed class PasswordReset
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private PasswordReset()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTime RequestedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>When the link was used, or made void by a newer request.</summary>
    public DateTime? ClosedAt { get; private set; }

    public static (PasswordReset Reset, string Token) Issue(Guid userId, DateTime now)
    {
        var (token, hash) = OneTimeToken.Create();
        return (new PasswordReset { Id = Guid.CreateVersion7(), UserId = userId, TokenHash = hash, RequestedAt = now, ExpiresAt = now + Lifetime }, token);
    }

    public bool IsUsable(DateTime now) => ClosedAt is null && now < ExpiresAt;

    public void Close(DateTime now) => ClosedAt ??= now;
}
