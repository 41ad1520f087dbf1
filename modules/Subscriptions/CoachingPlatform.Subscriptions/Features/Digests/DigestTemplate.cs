using System.Text;
using System.Text.Encodings.Web;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.Subscriptions.Domain;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>
/// One edition's digest, rendered once for everyone who shares its content window and stored once as a
/// <see cref="MailBody"/>; each subscriber's queued mail carries only the values of its slots (greeting,
/// next step, link token), which the mail lane fills in when it sends it.
/// </summary>
internal sealed class DigestTemplate
{
    private const string Greeting = "%%GREETING%%";
    private const string GreetingHtml = "%%GREETING_HTML%%";
    private const string NextStepSlot = "%%NEXTSTEP%%";
    private const string NextStepHtml = "%%NEXTSTEP_HTML%%";
    private const string Preferences = "%%PREFERENCES%%";
    private const string PreferencesHtml = "%%PREFERENCES_HTML%%";

    /// <summary>The manage-link token: base64url, so it reads the same in a URL, in HTML and in a header.</summary>
    private const string Token = "%%TOKEN%%";

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

    /// <summary>The mail every subscriber of the window shares, with its links pointing at the token slot.</summary>
    public EmailMessage Shared(ManageLinks links)
    {
        var preferences = links.PreferencesUrl(Token);
        var preferencesHtml = HtmlEncoder.Default.Encode(preferences);
        if (!preferencesHtml.Contains(Token, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The preferences link lost its token slot when encoded.");
        }

        return new EmailMessage("", subject, html.Replace(PreferencesHtml, preferencesHtml, StringComparison.Ordinal), text.Replace(Preferences, preferences, StringComparison.Ordinal))
        {
            Headers = new Dictionary<string, string>(ManageLinks.UnsubscribeHeaders(links.UnsubscribeUrl(Token), links.MailtoUnsubscribe(Token))) { ["Precedence"] = "bulk" },
        };
    }

    /// <summary>
    /// One subscriber's values for the slots. <paramref name="nextStep"/> is set only for a client who asked to
    /// see it (see Subscriber.ShowNextStep).
    /// </summary>
    public static Dictionary<string, string> Fields(string email, string token, NextStepBlock? nextStep)
    {
        var greeting = $"Hello {email[..email.IndexOf('@', StringComparison.Ordinal)]},";
        return new Dictionary<string, string>
        {
            [Greeting] = greeting,
            [GreetingHtml] = HtmlEncoder.Default.Encode(greeting),
            [NextStepSlot] = nextStep?.Text ?? "",
            [NextStepHtml] = nextStep?.Html ?? "",
            [Token] = token,
        };
    }

    private static string RenderHtml(string name, IReadOnlyList<DigestArticle> articles, IReadOnlyList<DigestComment> comments, Func<string, string> link)
    {
        var enc = HtmlEncoder.Default;
        var h = new StringBuilder()
            .Append("<!doctype html><html><body style=\"margin:0;background:#f6f3ee;font-family:Georgia,serif;color:#2d2a26\">")
            .Append("<div style=\"max-width:560px;margin:0 auto;padding:32px 24px\">")
            .Append("<p style=\"font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#5f564c\">CoachingPlatform ").Append(enc.Encode(name)).Append(" digest</p>")
            .Append("<p style=\"font-size:16px\">").Append(GreetingHtml).Append("</p>").Append(NextStepHtml);
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
            .Append("<a style=\"color:#2f5d4e\" href=\"").Append(PreferencesHtml).Append("\">Change frequency or pause</a> · ")
            .Append("<a style=\"color:#2f5d4e\" href=\"").Append(PreferencesHtml).Append("\">Unsubscribe</a></p>")
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
