using CoachingPlatform.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Features.SignIn;

/// <summary>
/// A hash made with the same hasher and settings as real ones, checked when an address has no account or
/// no password yet, so that signing in takes as long for unknown addresses as for known ones.
/// </summary>
internal sealed class DummyPassword
{
    public DummyPassword(IOptions<PasswordHasherOptions> options)
    {
        User = AppUser.Create("nobody@invalid.example", "");
        Hash = new PasswordHasher<AppUser>(options).HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public AppUser User { get; }

    public string Hash { get; }
}
