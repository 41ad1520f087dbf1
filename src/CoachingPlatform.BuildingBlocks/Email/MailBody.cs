using System.Text;
using System.Text.Json;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// The words of a mail that many recipients get alike (a digest edition), stored once in the module's
/// <c>mail_bodies</c> table. Each <see cref="OutgoingMail"/> made from it carries only its own values for the
/// body's slots (a greeting, a link token) and the lane fills them in when it sends the mail. So a queue row
/// stays a few hundred bytes: inserting, claiming and marking 100,000 of them no longer rewrites 100,000
/// copies of the same few kilobytes. A body never changes once written.
/// </summary>
public sealed class MailBody
{
    /// <summary>Slots are written <c>%%NAME%%</c>.</summary>
    public const string Mark = "%%";

    private const int MaxSlotLength = 64;

    private MailBody()
    {
    }

    public Guid Id { get; private set; }

    public string Subject { get; private set; } = "";

    public string Html { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string Headers { get; private set; } = "{}";

    public DateTime CreatedAt { get; private set; }

    /// <summary>The shared header values, read from <see cref="Headers"/> once per body rather than once per mail.</summary>
    private Dictionary<string, string>? sharedHeaders;

    /// <summary>The shared mail; its subject, parts and header values may hold slots that each recipient's values replace.</summary>
    public static MailBody Create(EmailMessage shared, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        Subject = shared.Subject,
        Html = shared.Html,
        Text = shared.Text,
        Headers = JsonSerializer.Serialize(shared.Headers),
        CreatedAt = now,
    };

    /// <summary>One recipient's mail: every slot replaced by that recipient's value, wherever it appears.</summary>
    public EmailMessage Fill(string to, string? toName, IReadOnlyDictionary<string, string> values)
    {
        sharedHeaders ??= JsonSerializer.Deserialize<Dictionary<string, string>>(Headers) ?? [];
        var headers = sharedHeaders.ToDictionary(h => h.Key, h => Replace(h.Value, values));

        return new EmailMessage(to, Replace(Subject, values), Replace(Html, values), Replace(Text, values)) { ToName = toName, Headers = headers };
    }

    /// <summary>
    /// One pass over the template: a value is never searched for further slots, so a recipient whose address
    /// looks like a slot gets it printed, not filled. Text between %% marks that names no slot stays as it is.
    /// </summary>
    private static string Replace(string template, IReadOnlyDictionary<string, string> values)
    {
        var start = template.IndexOf(Mark, StringComparison.Ordinal);
        if (values.Count == 0 || start < 0)
        {
            return template;
        }

        var filled = new StringBuilder(template.Length + 512);
        var copied = 0;
        while (start >= 0)
        {
            var end = template.IndexOf(Mark, start + Mark.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            if (end - start <= MaxSlotLength && values.TryGetValue(template[start..(end + Mark.Length)], out var value))
            {
                filled.Append(template, copied, start - copied).Append(value);
                copied = end + Mark.Length;
                start = template.IndexOf(Mark, copied, StringComparison.Ordinal);
            }
            else
            {
                start = end;
            }
        }

        return filled.Append(template, copied, template.Length - copied).ToString();
    }
}
