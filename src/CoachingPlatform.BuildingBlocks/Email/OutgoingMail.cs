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

    public EmailMessage ToMessage() => new(To, Subject, Html, Text)
    {
        ToName = ToName,
        Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(Headers) ?? [],
    };
}
