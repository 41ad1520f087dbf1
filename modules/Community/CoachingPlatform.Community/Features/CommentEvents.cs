using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Domain;

namespace CoachingPlatform.Community.Features;

internal static class CommentEvents
{
    public const int ExcerptLength = 200;

    public static CommentApproved Approved(Comment comment, string articleSlug, string articleTitle, DateTime approvedAt) =>
        new(comment.Id, comment.ParentId, articleSlug, articleTitle, comment.AuthorName, TextExcerpt.Of(comment.Body, ExcerptLength), approvedAt);
}
