using CoachingPlatform.Community.Domain;
using Ganss.Xss;
using Markdig;

namespace CoachingPlatform.Community.Rendering;

/// <summary>
/// Turns an article's Markdown into HTML that is safe to show: Markdig with raw HTML disabled (typed HTML
/// comes out as text), then HtmlSanitizer over the result, which removes what Markdown itself can produce
/// that is unsafe, such as <c>javascript:</c> links. Also gives the plain-text excerpt of an article.
/// </summary>
internal sealed class ArticleRenderer
{
    private const int ExcerptLength = 280;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    // Built on first use (it takes a tenth of a second): start-up and the seeders need only excerpts.
    private readonly Lazy<HtmlSanitizer> sanitizer = new(CreateSanitizer);

    public string ToHtml(string markdown) => sanitizer.Value.Sanitize(Markdown.ToHtml(markdown, pipeline));

    /// <summary>The opening words as plain text, cut at a word boundary.</summary>
    public string Excerpt(string markdown) => TextExcerpt.Of(Markdown.ToPlainText(markdown, pipeline), ExcerptLength);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");

        // Links written by an admin still leave the site without handing it the opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        sanitizer.AllowedAttributes.Add("rel");
        return sanitizer;
    }
}
