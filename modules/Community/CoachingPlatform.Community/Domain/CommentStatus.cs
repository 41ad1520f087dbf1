namespace CoachingPlatform.Community.Domain;

/// <summary>Where a comment is in moderation; only approved comments are ever shown to readers.</summary>
internal enum CommentStatus
{
    Pending,
    Approved,
    Rejected,
    Spam,
}
