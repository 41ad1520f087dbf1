using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// What MassTransit left in an <c>_error</c> or <c>_skipped</c> queue, read without MassTransit (whose
/// deserializer may be the very thing that failed): the message id, the message as JSON (the envelope's
/// <c>message</c>, or the whole body when it is not an envelope) and why it was set aside, from the fault
/// headers MassTransit adds.
/// </summary>
internal sealed record FailedMessage(Guid MessageId, string Payload, string Reason)
{
    public static FailedMessage Read(string queue, IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Span);
        string? envelopeId = null;
        var payload = text;
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (json.RootElement.TryGetProperty("message", out var message))
                {
                    payload = message.GetRawText();
                }

                if (json.RootElement.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    envelopeId = id.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: kept as it came, for the admin to see.
        }

        var messageId = Guid.TryParse(properties.MessageId, out var fromProperties) ? fromProperties
            : Guid.TryParse(envelopeId, out var fromEnvelope) ? fromEnvelope
            : Guid.CreateVersion7();
        return new FailedMessage(messageId, payload, ReasonOf(queue, properties.Headers));
    }

    private static string ReasonOf(string queue, IDictionary<string, object?>? headers)
    {
        var exception = Header(headers, "MT-Fault-ExceptionType");
        var message = Header(headers, "MT-Fault-Message");
        var where = queue.EndsWith(QueueNames.SkippedSuffix, StringComparison.Ordinal)
            ? $"No consumer accepted it (broker queue {queue})"
            : $"The transport gave up storing it (broker queue {queue})";
        return exception is null ? where : $"{where}: {exception}: {message}";
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => null,
                _ => value.ToString(),
            }
            : null;
}
