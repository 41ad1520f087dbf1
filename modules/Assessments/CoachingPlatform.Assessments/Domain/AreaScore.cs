namespace CoachingPlatform.Assessments.Domain;

/// <summary>
/// The score one life area got in one assessment, with the person's optional note; stored per area so
/// history can compare areas over time. The note is private to the client and their coach.
/// </summary>
internal sealed class AreaScore
{
    public const int NoteMaxLength = 500;

    private AreaScore()
    {
    }

    public Guid AssessmentId { get; private set; }

    public string Area { get; private set; } = "";

    public int Score { get; private set; }

    public string? Note { get; private set; }

    internal static AreaScore Of(string area, int score, string? note)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > NoteMaxLength)
        {
            throw new ArgumentException($"A note has at most {NoteMaxLength} characters.", nameof(note));
        }

        return new() { Area = area, Score = score, Note = trimmed };
    }
}
