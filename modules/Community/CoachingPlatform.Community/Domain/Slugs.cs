using System.Globalization;
using System.Text;

namespace CoachingPlatform.Community.Domain;

/// <summary>Turns a title into the readable, URL-safe part of an article's address.</summary>
internal static class Slugs
{
    public const int MaxLength = 120;

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents are dropped rather than the letter.</summary>
    public static string From(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString();
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength];
        }

        return result.Trim('-');
    }
}
