namespace CoachingPlatform.Assessments.Domain;

/// <summary>
/// One filled-in Wheel of Life. It is a snapshot: once taken it never changes, and a new assessment is
/// taken to see progress. Without an owner it is anonymous, and its id alone grants access to it.
/// </summary>
internal sealed class WheelOfLifeAssessment
{
    public const int MaxGoals = 16;

    private readonly List<AreaScore> scores = [];
    private readonly List<AssessmentGoal> goals = [];

    private WheelOfLifeAssessment()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The client who took it while signed in; null for an anonymous visitor.</summary>
    public Guid? OwnerId { get; private set; }

    public DateTime TakenAt { get; private set; }

    public IReadOnlyCollection<AreaScore> Scores => scores;

    public IReadOnlyCollection<AssessmentGoal> Goals => goals;

    public static WheelOfLifeAssessment Take(
        Guid? ownerId, IReadOnlyDictionary<string, int> scores, IEnumerable<(string Area, string Text)> goals, DateTime takenAt)
    {
        var problems = WheelOfLifeScoring.Check(scores);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The wheel is not complete: {string.Join(" ", problems.Select(p => p.Message))}", nameof(scores));
        }

        var assessment = new WheelOfLifeAssessment { Id = Guid.CreateVersion7(), OwnerId = ownerId, TakenAt = takenAt };
        assessment.scores.AddRange(LifeAreas.All.Select(a => AreaScore.Of(a.Key, scores[a.Key])));
        assessment.goals.AddRange(goals.Select((g, i) => AssessmentGoal.For(g.Area, g.Text, i)));
        if (assessment.goals.Count > MaxGoals)
        {
            throw new ArgumentException($"At most {MaxGoals} goals can be set at once.", nameof(goals));
        }

        return assessment;
    }

    /// <summary>
    /// An anonymous result is readable by whoever holds its id (they got it when they took it); an owned
    /// one only by its owner, so that guessing or sharing an id never exposes a client's scores.
    /// </summary>
    public static bool IsReadableBy(Guid? ownerId, Guid? callerId) => ownerId is null || ownerId == callerId;

    public WheelOfLifeScore Summary() => WheelOfLifeScoring.Score(scores.ToDictionary(s => s.Area, s => s.Score));
}
