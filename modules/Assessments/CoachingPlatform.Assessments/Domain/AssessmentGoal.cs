namespace CoachingPlatform.Assessments.Domain;

/// <summary>A goal the person set for one life area: what they want, and optionally the score to reach and by when.</summary>
internal sealed class AssessmentGoal
{
    public const int TextMaxLength = 500;

    private AssessmentGoal()
    {
    }

    public Guid Id { get; private set; }

    public Guid AssessmentId { get; private set; }

    /// <summary>Goals come back in the order they were written.</summary>
    public int Position { get; private set; }

    public string Area { get; private set; } = "";

    public string Text { get; private set; } = "";

    public int? TargetScore { get; private set; }

    public DateOnly? TargetDate { get; private set; }

    internal static AssessmentGoal For(string area, string text, int? targetScore, DateOnly? targetDate, int position)
    {
        if (!LifeAreas.IsKnown(area))
        {
            throw new ArgumentException($"'{area}' is not one of the eight life areas.", nameof(area));
        }

        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > TextMaxLength)
        {
            throw new ArgumentException($"A goal needs 1 to {TextMaxLength} characters.", nameof(text));
        }

        if (targetScore is < WheelOfLifeScoring.MinScore or > WheelOfLifeScoring.MaxScore)
        {
            throw new ArgumentOutOfRangeException(nameof(targetScore), $"A target score is from {WheelOfLifeScoring.MinScore} to {WheelOfLifeScoring.MaxScore}.");
        }

        return new AssessmentGoal
        {
            Id = Guid.CreateVersion7(), Area = area, Text = trimmed, TargetScore = targetScore, TargetDate = targetDate, Position = position,
        };
    }
}
