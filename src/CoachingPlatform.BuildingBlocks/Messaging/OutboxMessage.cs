using System.Text.Json;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Observability;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>An integration event saved in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage : DeliveryItem
{
    private OutboxMessage()
    {
    }

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public static OutboxMessage From<TEvent>(TEvent integrationEvent, DateTime occurredAt)
        where TEvent : class => new()
    {
        Id = Guid.CreateVersion7(),
        Type = MessageTypes.NameOf(typeof(TEvent)),
        Payload = JsonSerializer.Serialize(integrationEvent, MessageTypes.Json),
        OccurredAt = occurredAt,
        NextAttemptAt = occurredAt,
        TraceParent = PlatformTelemetry.CurrentTraceParent(),
    };

    public object ReadEvent(out Type type) => MessageTypes.Read(Type, Payload, Id, out type);
}
