using CoachingPlatform.BuildingBlocks.Validation;

namespace CoachingPlatform.Community.Domain;

/// <summary>A reader's report that a comment does not belong; one per address and comment counts.</summary>
internal sealed class CommentReport
{
    public const int ReasonMaxLength = 500;

    private CommentReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid CommentId { get; private set; }

    public string Reason { get; private set; } = "";

    public string AddressHash { get; private set; } = "";

    public DateTime ReportedAt { get; private set; }

    public static CommentReport Make(Guid commentId, string reason, string addressHash, DateTime reportedAt)
    {
        reason = PlainText.FreeText(reason);
        if (reason.Length is 0 or > ReasonMaxLength)
        {
            throw new ArgumentException($"A reason needs 1 to {ReasonMaxLength} characters.", nameof(reason));
        }

        return new CommentReport
        {
            Id = Guid.CreateVersion7(),
            CommentId = commentId,
            Reason = reason,
            AddressHash = addressHash,
            ReportedAt = reportedAt,
        };
    }
}
