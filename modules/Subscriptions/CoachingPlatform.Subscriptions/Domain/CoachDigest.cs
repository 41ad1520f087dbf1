namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>
/// A coach's weekly progress digest: whether they want it (on unless they switched it off) and the last week
/// it handled them in. The row appears the first time a run handles the coach or the coach changes the
/// setting; the mail queue's unique key per coach and week is the ledger that keeps it to one mail a week.
/// </summary>
internal sealed class CoachDigest
{
    private CoachDigest()
    {
    }

    public Guid CoachId { get; private set; }

    public bool Enabled { get; private set; } = true;

    /// <summary>The ISO week ("2026-W48") of the last run that handled this coach, mailed or not.</summary>
    public string? LastWeek { get; private set; }

    /// <summary>The end of the last window mailed: the next digest covers what came after it.</summary>
    public DateTime? LastSentAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static CoachDigest For(Guid coachId, DateTime now) => new() { CoachId = coachId, UpdatedAt = now };

    public void Switch(bool enabled, DateTime now)
    {
        Enabled = enabled;
        UpdatedAt = now;
    }

    public void MarkWeek(string week, DateTime cutOff, bool mailed)
    {
        LastWeek = week;
        if (mailed)
        {
            LastSentAt = cutOff;
        }
    }
}
