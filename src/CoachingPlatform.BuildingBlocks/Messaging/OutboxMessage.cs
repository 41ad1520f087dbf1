using System.Text.Json;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>An integration event saved in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? Error { get; private set; }

    public static OutboxMessage From<TEvent>(TEvent integrationEvent, DateTime occurredAt)
        where TEvent : class => new()
    {
        Id = Guid.CreateVersion7(),
        Type = MessageTypes.NameOf(typeof(TEvent)),
        Payload = JsonSerializer.Serialize(integrationEvent, MessageTypes.Json),
        OccurredAt = occurredAt,
    };

    public object ReadEvent(out Type type)
    {
        type = MessageTypes.Resolve(Type);
        return JsonSerializer.Deserialize(Payload, type, MessageTypes.Json)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
    }

    public void MarkProcessed(DateTime at)
    {
        ProcessedAt = at;
        Error = null;
    }

    public void MarkFailed(string error)
    {
        Attempts++;
        Error = error.Length > 2000 ? error[..2000] : error;
    }
}
