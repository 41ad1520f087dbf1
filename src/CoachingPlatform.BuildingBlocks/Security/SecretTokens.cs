using System.Security.Cryptography;
using System.Text;

namespace CoachingPlatform.BuildingBlocks.Security;

/// <summary>
/// The secrets that go into mailed links. Only their SHA-256 hash is stored, so a copy of the database
/// cannot be used to follow a link.
/// </summary>
public static class SecretTokens
{
    /// <summary>The hex form of a SHA-256 hash.</summary>
    public const int HashLength = 64;

    /// <summary>256 random bits, URL-safe, so the token can go into a link as it is.</summary>
    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
