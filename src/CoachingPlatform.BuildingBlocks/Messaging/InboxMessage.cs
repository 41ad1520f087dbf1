using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Observability;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>
/// A message received for one consumer, stored before it is handled: the inbox is a queue. The pair
/// (message id, consumer) is unique, so a redelivered message is stored once and handled once.
/// </summary>
public sealed class InboxMessage : DeliveryItem
{
    private InboxMessage()
    {
    }

    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; } = "";

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime ReceivedAt { get; private set; }

    public static InboxMessage Receive(Guid messageId, string consumer, object message, Type type, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageId = messageId,
        Consumer = consumer,
        Type = MessageTypes.NameOf(type),
        Payload = JsonSerializer.Serialize(message, type, MessageTypes.Json),
        ReceivedAt = now,
        NextAttemptAt = now,
        TraceParent = PlatformTelemetry.CurrentTraceParent(),
    };

    /// <summary>
    /// A message the transport gave up on before it could be stored (e.g. a body that does not read as its
    /// type): kept as it came, dead at once with the transport's reason, so an admin sees it and may retry
    /// it through its consumer like any other dead letter.
    /// </summary>
    public static InboxMessage Failed(Guid messageId, string consumer, Type type, string payload, string error, DateTime now, RetryPolicy policy)
    {
        var row = new InboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageId = messageId,
            Consumer = consumer,
            Type = MessageTypes.NameOf(type),
            Payload = payload,
            ReceivedAt = now,
            NextAttemptAt = now,
        };
        row.MarkFailed(error, now, policy, permanent: true);
        return row;
    }

    public object ReadMessage() => MessageTypes.Read(Type, Payload, MessageId, out _);
}
