using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Observability;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// A mail waiting in its module's mail queue, saved in the same transaction as the change that causes it.
/// Its key names the logical mail ("support-requested:{requestId}"): the key is unique, so a redelivered
/// event or a retried job cannot queue the same mail twice.
/// </summary>
public sealed class OutgoingMail : DeliveryItem
{
    public const int KeyMaxLength = 200;

    private OutgoingMail()
    {
    }

    public string Key { get; private set; } = "";

    public string To { get; private set; } = "";

    public string? ToName { get; private set; }

    public string Subject { get; private set; } = "";

    public string Html { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string Headers { get; private set; } = "{}";

    public DateTime CreatedAt { get; private set; }

    /// <summary>Set when the mail is made from a shared <see cref="MailBody"/>: its parts are filled in at send time.</summary>
    public Guid? BodyId { get; private set; }

    /// <summary>This recipient's values for the body's slots (JSON), when <see cref="BodyId"/> is set.</summary>
    public string? Fields { get; private set; }

    public static OutgoingMail Create(string key, EmailMessage message, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > KeyMaxLength)
        {
            throw new ArgumentException($"A mail key is 1 to {KeyMaxLength} characters.", nameof(key));
        }

        return new OutgoingMail
        {
            Id = Guid.CreateVersion7(),
            Key = key,
            To = message.To,
            ToName = message.ToName,
            Subject = message.Subject,
            Html = message.Html,
            Text = message.Text,
            Headers = JsonSerializer.Serialize(message.Headers),
            CreatedAt = now,
            NextAttemptAt = now,
            TraceParent = PlatformTelemetry.CurrentTraceParent(),
        };
    }

    /// <summary>
    /// A mail from a shared body: the row holds the recipient, the subject (so a dead letter still says what
    /// it was) and the values of the body's slots, not the body itself.
    /// </summary>
    public static OutgoingMail Personalized(string key, MailBody body, string to, string? toName, IReadOnlyDictionary<string, string> fields, DateTime now)
    {
        var mail = Create(key, new EmailMessage(to, body.Subject, "", "") { ToName = toName }, now);
        mail.BodyId = body.Id;
        mail.Fields = JsonSerializer.Serialize(fields);
        return mail;
    }

    /// <summary>The mail as it goes out; <paramref name="body"/> is the shared body when <see cref="BodyId"/> names one.</summary>
    public EmailMessage ToMessage(MailBody? body = null)
    {
        if (BodyId is not null)
        {
            if (body?.Id != BodyId)
            {
                throw new InvalidOperationException($"Mail {Id} needs its body {BodyId}.");
            }

            return body.Fill(To, ToName, JsonSerializer.Deserialize<Dictionary<string, string>>(Fields ?? "{}") ?? []);
        }

        return new(To, Subject, Html, Text)
        {
            ToName = ToName,
            Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(Headers) ?? [],
        };
    }
}
