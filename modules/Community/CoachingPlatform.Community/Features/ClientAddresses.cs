using System.Security.Cryptography;
using System.Text;

namespace CoachingPlatform.Community.Features;

/// <summary>Network addresses are kept only as hashes: enough to notice a flood or a repeated report.</summary>
internal static class ClientAddresses
{
    public static string Hash(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"community:{address}")));
}
