using System.Text.RegularExpressions;

namespace CoachingPlatform.Community.Seeding;

/// <summary>
/// The practice's guide "Rebuilding Trust After a Breakup or Betrayal", shipped inside the assembly so the
/// demo content needs no file next to the app. The first line is the title, the rest the body.
/// </summary>
internal static partial class GuideArticle
{
    private const string ResourceName = "CoachingPlatform.Community.Seeding.rebuilding-trust.txt";

    public static (string Title, string Body) Load()
    {
        using var stream = typeof(GuideArticle).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().ReplaceLineEndings("\n");

        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var title = text[..firstBreak].Trim();

        // The source separates paragraphs with up to four empty lines; one is enough for plain text.
        var body = ExtraBlankLines().Replace(text[(firstBreak + 1)..], "\n\n").Trim();
        return (title, body);
    }

    [GeneratedRegex(@"\n(?:[ \t]*\n){2,}")]
    private static partial Regex ExtraBlankLines();
}
