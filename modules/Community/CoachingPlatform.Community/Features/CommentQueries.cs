using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;

namespace CoachingPlatform.Community.Features;

/// <summary>Which comments readers see, and the shared paging guard.</summary>
internal static class CommentQueries
{
    /// <summary>
    /// Approved comments with fewer than <paramref name="hideAfterReports"/> reports since the last decision:
    /// past that a comment is hidden until an admin decides again.
    /// </summary>
    public static IQueryable<Comment> VisibleComments(this CommunityDbContext db, int hideAfterReports) =>
        db.Comments.Where(c => c.Status == CommentStatus.Approved
            && db.Reports.Count(r => r.CommentId == c.Id && r.ReportedAt > c.StatusChangedAt) < hideAfterReports);

    /// <summary>Reports made since the comment's status was last set.</summary>
    public static int OpenReports(this CommunityDbContext db, Comment comment) =>
        db.Reports.Count(r => r.CommentId == comment.Id && r.ReportedAt > comment.StatusChangedAt);

    /// <summary>The offset of a page, or null when it is so far out that it would wrap round: nothing can be there.</summary>
    public static int? Skip(int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        return skip > int.MaxValue ? null : (int)skip;
    }

    public static string NameOf(CommentStatus status) => status.ToString().ToLowerInvariant();
}
