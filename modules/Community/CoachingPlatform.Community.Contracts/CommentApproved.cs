namespace CoachingPlatform.Community.Contracts;

/// <summary>
/// A comment became visible to readers, by a moderator's approval or at once for a trusted returning
/// commenter. Carries what a digest shows without asking back: the article, the author's display name
/// (never the email) and the opening of the comment.
/// </summary>
public sealed record CommentApproved(
    Guid CommentId,
    Guid? ParentId,
    string ArticleSlug,
    string ArticleTitle,
    string AuthorName,
    string BodyExcerpt,
    DateTime ApprovedAt);
