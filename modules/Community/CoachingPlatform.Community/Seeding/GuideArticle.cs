namespace CoachingPlatform.Community.Seeding;

/// <summary>
/// The practice's guide "Rebuilding Trust After a Breakup or Betrayal" as Markdown, shipped inside the
/// assembly so the demo content needs no file next to the app. It holds the guide's text only: the copied
/// web page's navigation, sidebar promotion and footer are not part of it. The first line is the title.
/// </summary>
internal static class GuideArticle
{
    private const string ResourceName = "CoachingPlatform.Community.Seeding.rebuilding-trust.md";

    public static (string Title, string Body) Load()
    {
        using var stream = typeof(GuideArticle).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().ReplaceLineEndings("\n");

        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var title = text[..firstBreak].TrimStart('#').Trim();
        return (title, text[(firstBreak + 1)..].Trim());
    }
}
