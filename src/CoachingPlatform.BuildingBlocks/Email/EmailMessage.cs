namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>One mail to one recipient, with an HTML and a plain-text part.</summary>
public sealed record EmailMessage(string To, string Subject, string Html, string Text)
{
    public string? ToName { get; init; }

    /// <summary>Extra headers, e.g. List-Unsubscribe on bulk mail.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
