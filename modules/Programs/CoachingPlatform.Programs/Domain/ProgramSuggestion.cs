using CoachingPlatform.BuildingBlocks.Errors;

namespace CoachingPlatform.Programs.Domain;

/// <summary>
/// A suggestion on a coach's dashboard to assign a program to a client, made when the client's Wheel of
/// Life showed growth areas the program works on. One open suggestion per coach and client: a newer result
/// refreshes it (newer by when it was taken: results may be handled in another order than they were taken,
/// as events are not ordered across nodes); the coach may dismiss it, and it is no longer shown once the
/// client has a program under way.
/// </summary>
internal sealed class ProgramSuggestion
{
    private ProgramSuggestion()
    {
    }

    public Guid Id { get; private set; }

    public Guid CoachId { get; private set; }

    public Guid ClientId { get; private set; }

    public Guid ProgramId { get; private set; }

    public Guid AssessmentId { get; private set; }

    /// <summary>The wheel's growth area keys, space-separated.</summary>
    public string GrowthAreas { get; private set; } = "";

    public DateTime SuggestedAt { get; private set; }

    /// <summary>When the result behind it was taken; null for suggestions made before this was kept.</summary>
    public DateTime? ResultTakenAt { get; private set; }

    public DateTime? DismissedAt { get; private set; }

    public static ProgramSuggestion Suggest(
        Guid coachId, Guid clientId, Guid programId, Guid assessmentId, IEnumerable<string> growthAreas, DateTime takenAt, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        CoachId = coachId,
        ClientId = clientId,
        ProgramId = programId,
        AssessmentId = assessmentId,
        GrowthAreas = string.Join(' ', growthAreas),
        SuggestedAt = now,
        ResultTakenAt = takenAt,
    };

    /// <summary>Takes a newer result's areas; a result taken before the one it is based on changes nothing.</summary>
    public void Refresh(Guid assessmentId, IEnumerable<string> growthAreas, DateTime takenAt, DateTime now)
    {
        if (takenAt < ResultTakenAt)
        {
            return;
        }

        AssessmentId = assessmentId;
        ResultTakenAt = takenAt;
        GrowthAreas = string.Join(' ', growthAreas);
        SuggestedAt = now;
    }

    public void Dismiss(Guid coachId, DateTime now)
    {
        if (coachId != CoachId)
        {
            throw new NotFoundException("suggestion", Id);
        }

        DismissedAt ??= now;
    }
}
