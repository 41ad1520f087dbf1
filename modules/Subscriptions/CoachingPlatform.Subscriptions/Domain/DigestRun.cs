namespace CoachingPlatform.Subscriptions.Domain;

/// <summary>
/// One run of a digest job over one edition: how many recipients (subscribers, or coaches for the coaches'
/// weekly digest) it had to handle, how far it got, how many it mailed and how many had nothing new. A run
/// killed midway stays unfinished; the next run of the same edition handles only those left.
/// </summary>
internal sealed class DigestRun
{
    private DigestRun()
    {
    }

    public Guid Id { get; private set; }

    public DigestKind Kind { get; private set; }

    public DigestFrequency Frequency { get; private set; }

    public string Period { get; private set; } = "";

    public DateTime StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>Recipients still due in this edition when the run started.</summary>
    public int Due { get; private set; }

    public int Handled { get; private set; }

    public int Mailed { get; private set; }

    public int NothingNew { get; private set; }

    public static DigestRun Start(DigestFrequency frequency, string period, int due, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), Kind = DigestKind.Newsletter, Frequency = frequency, Period = period, Due = due, StartedAt = now };

    /// <summary>A run of the coaches' weekly progress digest over the ISO week <paramref name="week"/>.</summary>
    public static DigestRun StartCoaches(string week, int due, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), Kind = DigestKind.Coaches, Frequency = DigestFrequency.Weekly, Period = week, Due = due, StartedAt = now };

    public void Progress(int mailed, int nothingNew)
    {
        Mailed += mailed;
        NothingNew += nothingNew;
        Handled += mailed + nothingNew;
    }

    public void Finish(DateTime now) => FinishedAt = now;
}
