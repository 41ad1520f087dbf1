namespace CoachingPlatform.Community.Domain;

/// <summary>The opening of a text, cut at a word boundary, on one line.</summary>
internal static class TextExcerpt
{
    public static string Of(string text, int maxLength)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxLength - 1);
        return string.Concat(flat.AsSpan(0, cut > 0 ? cut : maxLength - 1), "…");
    }
}
