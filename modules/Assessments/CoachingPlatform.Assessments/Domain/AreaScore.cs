namespace CoachingPlatform.Assessments.Domain;

/// <summary>The score one life area got in one assessment; stored per area so history can compare areas over time.</summary>
internal sealed class AreaScore
{
    private AreaScore()
    {
    }

    public Guid AssessmentId { get; private set; }

    public string Area { get; private set; } = "";

    public int Score { get; private set; }

    internal static AreaScore Of(string area, int score) => new() { Area = area, Score = score };
}
