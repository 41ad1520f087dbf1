using System.Security.Cryptography;
using System.Text;

namespace CoachingPlatform.BuildingBlocks.Security;

/// <summary>
/// Tokens for links in mails (invitations, password resets): 256 random bits, URL-safe. Only the SHA-256
/// hash is stored, so the database alone cannot be used to take over an account.
/// </summary>
public static class OneTimeToken
{
    public static (string Token, string Hash) Create()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
