using System.Security.Cryptography;
using System.Text;

namespace CoachingPlatform.Identity.Domain;

/// <summary>
/// A one-time link to set a password. Only the token's hash is stored, so the database alone cannot be
/// used to take over an invited account.
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

    public static (Invitation Invitation, string Token) Issue(Guid userId, DateTime now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (invitation, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsUsable(DateTime now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(DateTime now)
    {
        if (!IsUsable(now))
        {
            throw new InvalidOperationException("This invitation can no longer be used.");
        }

        AcceptedAt = now;
    }
}
