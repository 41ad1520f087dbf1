namespace CoachingPlatform.Assessments.Domain;

/// <summary>A goal the person set for one life area while filling in the wheel.</summary>
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

    internal static AssessmentGoal For(string area, string text, int position)
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

        return new AssessmentGoal { Id = Guid.CreateVersion7(), Area = area, Text = trimmed, Position = position };
    }
}
