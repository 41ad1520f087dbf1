using System.Globalization;
using System.Text;

namespace CoachingPlatform.BuildingBlocks.Validation;

/// <summary>
/// Names as people see them elsewhere (mail headers, lists, other people's screens): control characters
/// become spaces, and the invisible formatting characters that reorder or hide text (bidi overrides,
/// zero-width joiners) are dropped, so a name cannot break a mail header or display reversed.
/// </summary>
public static class PlainText
{
    public static string Name(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                text.Append(' ');
            }
            else if (category != UnicodeCategory.Format)
            {
                text.Append(c);
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Free text (a win, a message): line breaks and tabs stay, other control characters and the invisible
    /// formatting characters go, so nothing stored can hide, reorder or break what others read.
    /// </summary>
    public static string FreeText(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '\n' or '\r' or '\t' || (!char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format))
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim();
    }
}
