namespace CoachingPlatform.Programs.Domain;

/// <summary>"I need more support": raised by a client from a step, flagged for their coach until resolved.</summary>
internal sealed class SupportRequest
{
    public const int MaxMessageLength = 2000;

    public const int MaxReplyLength = 500;

    private SupportRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public Guid CoachId { get; private set; }

    public Guid AssignmentId { get; private set; }

    public Guid? StepId { get; private set; }

    public string? StepTitle { get; private set; }

    public string? Message { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    /// <summary>The coach's short answer when marking the request handled; the client reads it and is mailed it.</summary>
    public string? Reply { get; private set; }

    public static SupportRequest Raise(Assignment assignment, ProgramStep? step, string? message, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        ClientId = assignment.ClientId,
        CoachId = assignment.CoachId,
        AssignmentId = assignment.Id,
        StepId = step?.Id,
        StepTitle = step?.Title,
        Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        RequestedAt = now,
    };

    /// <summary>The first resolution stands; returns false when the request was already handled.</summary>
    public bool Resolve(string? reply, DateTime now)
    {
        if (ResolvedAt is not null)
        {
            return false;
        }

        ResolvedAt = now;
        Reply = string.IsNullOrWhiteSpace(reply) ? null : reply.Trim();
        return true;
    }
}
