using System.Security.Cryptography;
using System.Text;

namespace CoachingPlatform.Assessments.Domain;

/// <summary>One-time tokens that let a visitor claim an anonymous result; only their SHA-256 hash is stored.</summary>
internal static class ClaimTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
