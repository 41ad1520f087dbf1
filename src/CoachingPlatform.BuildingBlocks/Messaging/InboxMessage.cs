namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>Proof that a consumer already handled a message: a second delivery then has no effect.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string consumer, DateTime processedAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        ProcessedAt = processedAt;
    }

    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; } = "";

    public DateTime ProcessedAt { get; private set; }
}
