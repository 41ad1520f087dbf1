using CoachingPlatform.BuildingBlocks.Errors;

namespace CoachingPlatform.Assessments.Domain;

/// <summary>
/// One filled-in Wheel of Life. Its scores are a snapshot: once taken they never change, and a new
/// assessment is taken to see progress; goals can be added afterwards. Without an owner it is anonymous:
/// its id alone grants access to it, and a one-time claim token moves it into a client's history.
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

    /// <summary>The client who took it while signed in, or claimed it; null for an anonymous visitor.</summary>
    public Guid? OwnerId { get; private set; }

    public DateTime TakenAt { get; private set; }

    /// <summary>Hash of the token that claims an anonymous result; null once owned.</summary>
    public string? ClaimTokenHash { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    public IReadOnlyCollection<AreaScore> Scores => scores;

    public IReadOnlyCollection<AssessmentGoal> Goals => goals;

    /// <summary>Takes the wheel; for an anonymous result the claim token is handed out here, once.</summary>
    public static (WheelOfLifeAssessment Assessment, string? ClaimToken) Take(
        Guid? ownerId,
        IReadOnlyDictionary<string, int> scores,
        IReadOnlyDictionary<string, string?> notes,
        IEnumerable<(string Area, string Text, int? TargetScore, DateOnly? TargetDate)> goals,
        DateTime takenAt)
    {
        var problems = WheelOfLifeScoring.Check(scores);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The wheel is not complete: {string.Join(" ", problems.Select(p => p.Message))}", nameof(scores));
        }

        var token = ownerId is null ? ClaimTokens.New() : null;
        var assessment = new WheelOfLifeAssessment
        {
            Id = Guid.CreateVersion7(), OwnerId = ownerId, TakenAt = takenAt, ClaimTokenHash = token is null ? null : ClaimTokens.Hash(token),
        };
        assessment.scores.AddRange(LifeAreas.All.Select(a => AreaScore.Of(a.Key, scores[a.Key], notes.GetValueOrDefault(a.Key))));
        foreach (var goal in goals)
        {
            assessment.AddGoal(goal.Area, goal.Text, goal.TargetScore, goal.TargetDate);
        }

        return (assessment, token);
    }

    /// <summary>
    /// An anonymous result is readable by whoever holds its id (they got it when they took it); an owned
    /// one only by its owner, so that guessing or sharing an id never exposes a client's scores.
    /// </summary>
    public static bool IsReadableBy(Guid? ownerId, Guid? callerId) => ownerId is null || ownerId == callerId;

    public AssessmentGoal AddGoal(string area, string text, int? targetScore, DateOnly? targetDate)
    {
        if (goals.Count >= MaxGoals)
        {
            throw new ConflictException($"A result holds at most {MaxGoals} goals.");
        }

        var goal = AssessmentGoal.For(area, text, targetScore, targetDate, goals.Count);
        goals.Add(goal);
        return goal;
    }

    /// <summary>Moves an anonymous result into the client's history; the token works once.</summary>
    public void Claim(Guid clientId, string token, DateTime now)
    {
        if (OwnerId is not null || ClaimTokenHash is null || ClaimTokenHash != ClaimTokens.Hash(token))
        {
            throw new NotFoundException("assessment", Id);
        }

        OwnerId = clientId;
        ClaimTokenHash = null;
        ClaimedAt = now;
    }

    public WheelOfLifeScore Summary() => WheelOfLifeScoring.Score(scores.ToDictionary(s => s.Area, s => s.Score));
}
