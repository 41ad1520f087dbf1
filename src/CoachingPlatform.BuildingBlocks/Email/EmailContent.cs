using System.Text;
using System.Text.Encodings.Web;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// The one mail template: a heading, paragraphs, an optional button and footer, rendered to HTML (every
/// value encoded) and to plain text with the same words.
/// </summary>
public sealed record EmailContent(string Heading, IReadOnlyList<string> Paragraphs)
{
    public (string Label, string Url)? Action { get; init; }

    public string? Footer { get; init; }

    public EmailMessage To(string address, string subject, string? name = null) =>
        new(address, subject, Html(), Text()) { ToName = name };

    public string Html()
    {
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder()
            .Append("<!doctype html><html><body style=\"margin:0;background:#f6f3ee;font-family:Georgia,serif;color:#2d2a26\">")
            .Append("<div style=\"max-width:560px;margin:0 auto;padding:32px 24px\">")
            .Append("<p style=\"font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#7a6f63\">CoachingPlatform</p>")
            .Append("<h1 style=\"font-size:24px;font-weight:normal\">").Append(enc.Encode(Heading)).Append("</h1>");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p style=\"font-size:16px;line-height:1.5\">").Append(enc.Encode(paragraph).Replace("&#xA;", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        if (Action is { } action)
        {
            html.Append("<p><a href=\"").Append(enc.Encode(action.Url))
                .Append("\" style=\"display:inline-block;background:#3d6b5c;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none\">")
                .Append(enc.Encode(action.Label)).Append("</a></p>");
        }

        if (Footer is not null)
        {
            html.Append("<p style=\"font-size:12px;color:#7a6f63\">").Append(enc.Encode(Footer)).Append("</p>");
        }

        return html.Append("</div></body></html>").ToString();
    }

    public string Text()
    {
        var text = new StringBuilder().AppendLine(Heading).AppendLine();
        foreach (var paragraph in Paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        if (Action is { } action)
        {
            text.Append(action.Label).Append(": ").AppendLine(action.Url).AppendLine();
        }

        if (Footer is not null)
        {
            text.AppendLine("--").AppendLine(Footer);
        }

        return text.ToString();
    }
}
