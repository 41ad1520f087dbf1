using CoachingPlatform.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Passwords;

/// <summary>
/// Refuses the passwords people guess first: a common word with digits and symbols around it
/// ("Password123!"), a keyboard or number run, the same few characters over and over, or the account's
/// own address or name. The list ships with the module (Passwords/common-passwords.txt).
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? "", user.Email, user.DisplayName)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is too easy to guess: avoid common words, runs like 1234 and your own name or address." })
            : IdentityResult.Success);

    public static bool IsCommon(string password, string? email = null, string? name = null)
    {
        var lower = password.ToLowerInvariant();
        var letters = new string(Unleet(lower).Where(char.IsLetter).ToArray());
        if (Common.Value.Contains(lower) || lower.Distinct().Count() < 5 || IsRepeated(letters) || IsRepeated(lower))
        {
            return true;
        }

        var own = new[] { email?.Split('@')[0], name?.Replace(" ", "", StringComparison.Ordinal) }
            .Where(part => part is { Length: >= 4 }).Select(part => part!.ToLowerInvariant());
        return own.Any(part => lower.Contains(part, StringComparison.Ordinal));
    }

    /// <summary>"p@ssw0rd" reads "password": a digit or symbol between two letters is read as the letter it imitates.</summary>
    private static string Unleet(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                chars[i] = text[i] switch
                {
                    '@' or '4' => 'a',
                    '$' or '5' => 's',
                    '0' => 'o',
                    '1' or '!' => 'i',
                    '3' => 'e',
                    '7' => 't',
                    _ => text[i],
                };
            }
        }

        return new string(chars);
    }

    /// <summary>True when the text is a listed word said once or more ("password", "dragondragon").</summary>
    private static bool IsRepeated(string text)
    {
        for (var length = 1; length <= text.Length; length++)
        {
            if (text.Length % length == 0 && Common.Value.Contains(text[..length])
                && string.Concat(Enumerable.Repeat(text[..length], text.Length / length)) == text)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CoachingPlatform.Identity.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }
}
