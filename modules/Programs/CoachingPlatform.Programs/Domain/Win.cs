using CoachingPlatform.BuildingBlocks.Validation;

namespace CoachingPlatform.Programs.Domain;

/// <summary>A small win the client recorded ("we had a meaningful conversation").</summary>
internal sealed class Win
{
    public const int MaxLength = 500;

    private Win()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    public static Win Record(Guid clientId, string text, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        ClientId = clientId,
        Text = PlainText.FreeText(text),
        RecordedAt = now,
    };
}
