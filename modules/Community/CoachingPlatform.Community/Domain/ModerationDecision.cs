namespace CoachingPlatform.Community.Domain;

/// <summary>One change of a comment's status: who made it, when, from what to what. Never changed afterwards.</summary>
internal sealed class ModerationDecision
{
    public const int ByMaxLength = 120;

    /// <summary>How the history names the decisions the spam filter makes as a comment arrives.</summary>
    public const string SpamFilter = "spam filter";

    private ModerationDecision()
    {
    }

    public Guid Id { get; private set; }

    public Guid CommentId { get; private set; }

    /// <summary>Null for the screening of a new comment.</summary>
    public CommentStatus? From { get; private set; }

    public CommentStatus To { get; private set; }

    /// <summary>The moderator's account, or null for the spam filter.</summary>
    public Guid? ByUserId { get; private set; }

    public string By { get; private set; } = "";

    public DateTime At { get; private set; }

    public static ModerationDecision Screening(Comment comment, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        CommentId = comment.Id,
        From = null,
        To = comment.Status,
        By = SpamFilter,
        At = at,
    };

    public static ModerationDecision Made(Guid commentId, CommentStatus from, CommentStatus to, Guid byUserId, string by, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        CommentId = commentId,
        From = from,
        To = to,
        ByUserId = byUserId,
        By = by.Length > ByMaxLength ? by[..ByMaxLength] : by,
        At = at,
    };
}
