namespace CoachingPlatform.Programs.Domain;

/// <summary>The self-healing practice: three things the client is grateful for, one entry a day.</summary>
internal sealed class GratitudeEntry
{
    public const int ItemsPerDay = 3;

    private GratitudeEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public DateOnly Day { get; private set; }

    public List<string> Items { get; private set; } = [];

    public DateTime RecordedAt { get; private set; }

    public static GratitudeEntry Record(Guid clientId, DateOnly day, IReadOnlyList<string> items, DateTime now)
    {
        var entry = new GratitudeEntry { Id = Guid.CreateVersion7(), ClientId = clientId, Day = day };
        entry.Revise(items, now);
        return entry;
    }

    /// <summary>Writing again on the same day replaces that day's three lines.</summary>
    public void Revise(IReadOnlyList<string> items, DateTime now)
    {
        if (items.Count != ItemsPerDay || items.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"A gratitude entry has exactly {ItemsPerDay} lines.", nameof(items));
        }

        Items = items.Select(i => i.Trim()).ToList();
        RecordedAt = now;
    }
}
