namespace CoachingPlatform.Assessments.Domain;

/// <summary>
/// A client was asked to retake the wheel: by their coach (at most once a week, which
/// <see cref="WeekKey"/> enforces with a unique index) or by a program milestone.
/// </summary>
internal sealed class RetakeInvitation
{
    public static readonly TimeSpan CoachRequestInterval = TimeSpan.FromDays(7);

    private RetakeInvitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public Guid CoachId { get; private set; }

    /// <summary>"coach" or "milestone".</summary>
    public string Reason { get; private set; } = "";

    /// <summary>For a coach's request: coach, client and the week it falls in; null for milestones.</summary>
    public string? WeekKey { get; private set; }

    public DateTime InvitedAt { get; private set; }

    public static RetakeInvitation ByCoach(Guid coachId, Guid clientId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        ClientId = clientId,
        CoachId = coachId,
        Reason = "coach",
        WeekKey = $"{coachId:N}:{clientId:N}:{now.Ticks / CoachRequestInterval.Ticks}",
        InvitedAt = now,
    };

    public static RetakeInvitation AtMilestone(Guid coachId, Guid clientId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), ClientId = clientId, CoachId = coachId, Reason = "milestone", InvitedAt = now,
    };
}
