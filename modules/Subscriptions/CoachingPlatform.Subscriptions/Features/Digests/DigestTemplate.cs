using System.Text;
using System.Text.Encodings.Web;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.Subscriptions.Domain;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>
/// One edition's digest, rendered once for everyone who shares its content window; each subscriber's copy
/// only swaps in the greeting and their own links, which are plain string replacements.
/// </summary>
internal sealed class DigestTemplate
{
    private const string Greeting = "%%GREETING%%";
    private const string Preferences = "%%PREFERENCES%%";
    private const string NextStepSlot = "%%NEXTSTEP%%";

    private readonly string subject;
    private readonly string html;
    private readonly string text;

    public DigestTemplate(DigestFrequency frequency, IReadOnlyList<DigestArticle> articles, IReadOnlyList<DigestComment> comments, Func<string, string> link)
    {
        var name = DigestFrequencies.NameOf(frequency);
        subject = articles.Count switch
        {
            0 => $"Your {name} digest: new conversations",
            1 => $"Your {name} digest: {articles[0].Title}",
            _ => $"Your {name} digest: {articles.Count} new articles",
        };
        html = RenderHtml(name, articles, comments, link);
        text = RenderText(name, articles, comments, link);
    }

    /// <summary><paramref name="nextStep"/> is set only for a client who asked to see it (see Subscriber.ShowNextStep).</summary>
    public EmailMessage For(string email, string preferencesUrl, string unsubscribeUrl, string mailtoUnsubscribe, NextStepBlock? nextStep = null)
    {
        var greeting = $"Hello {email[..email.IndexOf('@', StringComparison.Ordinal)]},";
        var enc = HtmlEncoder.Default;
        return new EmailMessage(
            email,
            subject,
            html.Replace(Greeting, enc.Encode(greeting), StringComparison.Ordinal)
                .Replace(NextStepSlot, nextStep?.Html ?? "", StringComparison.Ordinal)
                .Replace(Preferences, enc.Encode(preferencesUrl), StringComparison.Ordinal),
            text.Replace(Greeting, greeting, StringComparison.Ordinal)
                .Replace(NextStepSlot, nextStep?.Text ?? "", StringComparison.Ordinal)
                .Replace(Preferences, preferencesUrl, StringComparison.Ordinal))
        {
            Headers = new Dictionary<string, string>(ManageLinks.UnsubscribeHeaders(unsubscribeUrl, mailtoUnsubscribe)) { ["Precedence"] = "bulk" },
        };
    }

    private static string RenderHtml(string name, IReadOnlyList<DigestArticle> articles, IReadOnlyList<DigestComment> comments, Func<string, string> link)
    {
        var enc = HtmlEncoder.Default;
        var h = new StringBuilder()
            .Append("<!doctype html><html><body style=\"margin:0;background:#f6f3ee;font-family:Georgia,serif;color:#2d2a26\">")
            .Append("<div style=\"max-width:560px;margin:0 auto;padding:32px 24px\">")
            .Append("<p style=\"font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#5f564c\">CoachingPlatform ").Append(enc.Encode(name)).Append(" digest</p>")
            .Append("<p style=\"font-size:16px\">").Append(Greeting).Append("</p>").Append(NextStepSlot);
        if (articles.Count > 0)
        {
            h.Append("<h2 style=\"font-size:20px;font-weight:normal\">New articles</h2>");
            foreach (var a in articles)
            {
                h.Append("<h3 style=\"font-size:18px\"><a style=\"color:#2f5d4e\" href=\"").Append(enc.Encode(link($"/articles/{a.Slug}"))).Append("\">")
                    .Append(enc.Encode(a.Title)).Append("</a></h3><p style=\"font-size:16px;line-height:1.5\">").Append(enc.Encode(a.Excerpt)).Append("</p>");
            }
        }

        if (comments.Count > 0)
        {
            h.Append("<h2 style=\"font-size:20px;font-weight:normal\">From the conversations</h2>");
            foreach (var c in comments)
            {
                h.Append("<blockquote style=\"margin:0 0 16px;padding-left:12px;border-left:3px solid #c9bfb2\"><p style=\"font-size:16px;line-height:1.5\">")
                    .Append(enc.Encode(c.BodyExcerpt)).Append("</p><p style=\"font-size:14px;color:#5f564c\">")
                    .Append(enc.Encode(c.AuthorName)).Append(" on <a style=\"color:#2f5d4e\" href=\"")
                    .Append(enc.Encode(link($"/articles/{c.ArticleSlug}#comment-{c.Id}"))).Append("\">").Append(enc.Encode(c.ArticleTitle)).Append("</a></p></blockquote>");
            }
        }

        return h.Append("<p style=\"font-size:12px;color:#5f564c\">You receive this digest because you subscribed to the CoachingPlatform newsletter. ")
            .Append("<a style=\"color:#2f5d4e\" href=\"").Append(Preferences).Append("\">Change frequency or pause</a> · ")
            .Append("<a style=\"color:#2f5d4e\" href=\"").Append(Preferences).Append("\">Unsubscribe</a></p>")
            .Append("</div></body></html>").ToString();
    }

    private static string RenderText(string name, IReadOnlyList<DigestArticle> articles, IReadOnlyList<DigestComment> comments, Func<string, string> link)
    {
        var t = new StringBuilder().AppendLine($"CoachingPlatform {name} digest").AppendLine().AppendLine(Greeting).AppendLine().Append(NextStepSlot);
        if (articles.Count > 0)
        {
            t.AppendLine("New articles").AppendLine();
            foreach (var a in articles)
            {
                t.AppendLine(a.Title).AppendLine(a.Excerpt).AppendLine(link($"/articles/{a.Slug}")).AppendLine();
            }
        }

        if (comments.Count > 0)
        {
            t.AppendLine("From the conversations").AppendLine();
            foreach (var c in comments)
            {
                t.AppendLine($"\"{c.BodyExcerpt}\"").AppendLine($"{c.AuthorName} on {c.ArticleTitle}: {link($"/articles/{c.ArticleSlug}#comment-{c.Id}")}").AppendLine();
            }
        }

        return t.AppendLine("--")
            .AppendLine("You receive this digest because you subscribed to the CoachingPlatform newsletter.")
            .AppendLine($"Change frequency or pause: {Preferences}")
            .AppendLine($"Unsubscribe: {Preferences}")
            .ToString();
    }
}
