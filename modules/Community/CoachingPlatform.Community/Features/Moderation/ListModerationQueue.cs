using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Features.Reading;
using CoachingPlatform.Community.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Moderation;

/// <summary>
/// One of the moderation queues, oldest first: <c>pending</c>, <c>reported</c> (approved comments with
/// reports since the last decision), <c>spam</c>, <c>approved</c> or <c>rejected</c>. Nothing here says
/// whether a commenter is a client of the practice: moderators judge the comment, not the person.
/// </summary>
internal sealed record ListModerationQueue(string? Status, int Page, int PageSize) : IRequest<IReadOnlyList<ModerationItem>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const string Reported = "reported";

    public static readonly string[] Queues = ["pending", Reported, "spam", "approved", "rejected"];
}

internal sealed record ModerationItem(
    Guid Id,
    Guid? ParentId,
    string ArticleSlug,
    string ArticleTitle,
    string AuthorName,
    string Email,
    string Body,
    string Status,
    int SpamScore,
    IReadOnlyList<string> Reasons,
    int ReportCount,
    IReadOnlyList<string> ReportReasons,
    DateTime PostedAt,
    Guid Version);

internal sealed class ListModerationQueueValidator : AbstractValidator<ListModerationQueue>
{
    public ListModerationQueueValidator()
    {
        RuleFor(r => r.Status).Must(s => ListModerationQueue.Queues.Contains(s))
            .WithMessage($"The status is one of {string.Join(", ", ListModerationQueue.Queues)}.");
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ListModerationQueue.MaxPageSize);
    }
}

/// <summary>The queue is the same for every moderator, so its pages are kept with what readers see (<see cref="ReaderCache"/>).</summary>
internal sealed class ListModerationQueueHandler(CommunityDbContext db, ReaderCache cache) : IRequestHandler<ListModerationQueue, IReadOnlyList<ModerationItem>>
{
    public Task<IReadOnlyList<ModerationItem>> Handle(ListModerationQueue request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync(nameof(ListModerationQueue), request.Status!, request.Page, request.PageSize, () => ReadAsync(request, cancellationToken));

    private async Task<IReadOnlyList<ModerationItem>> ReadAsync(ListModerationQueue request, CancellationToken cancellationToken)
    {
        if (CommentQueries.Skip(request.Page, request.PageSize) is not { } skip)
        {
            return [];
        }

        var comments = db.Comments.AsNoTracking();
        if (request.Status == ListModerationQueue.Reported)
        {
            comments = comments.Where(c => c.Status == CommentStatus.Approved && db.Reports.Any(r => r.CommentId == c.Id && r.ReportedAt > c.StatusChangedAt));
        }
        else
        {
            var status = Enum.Parse<CommentStatus>(request.Status!, ignoreCase: true);
            comments = comments.Where(c => c.Status == status);
        }

        // A flat page (no collection in the projection, which EF would shape per execution); each row says
        // whether it has open reports (those since its last decision), and only then are they read.
        var rows = await comments
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
            .Skip(skip).Take(request.PageSize)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new Row(
                c.Id, c.ParentId, a.Slug, a.Title, c.AuthorName, c.Email, c.Body, c.Status, c.SpamScore, c.SpamReasons,
                c.PostedAt, c.Version, db.Reports.Any(r => r.CommentId == c.Id && r.ReportedAt > c.StatusChangedAt)))
            .ToListAsync(cancellationToken);
        var reports = await OpenReportsAsync(rows.Where(r => r.Reported).Select(r => r.Id).ToList(), cancellationToken);

        return rows.Select(r =>
            {
                var open = reports[r.Id].ToList();
                return new ModerationItem(r.Id, r.ParentId, r.Slug, r.Title, r.AuthorName, r.Email, r.Body, CommentQueries.NameOf(r.Status),
                    r.SpamScore, r.SpamReasons.Length == 0 ? [] : r.SpamReasons.Split('\n'), open.Count, open, r.PostedAt, r.Version);
            })
            .ToList();
    }

    private async Task<ILookup<Guid, string>> OpenReportsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<string>().ToLookup(_ => Guid.Empty);
        }

        return (await db.Reports.AsNoTracking()
                .Where(r => ids.Contains(r.CommentId))
                .Join(db.Comments, r => r.CommentId, c => c.Id, (r, c) => new { r.CommentId, r.Reason, r.ReportedAt, c.StatusChangedAt })
                .Where(r => r.ReportedAt > r.StatusChangedAt)
                .OrderBy(r => r.ReportedAt)
                .Select(r => new { r.CommentId, r.Reason })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.CommentId, r => r.Reason);
    }

    private sealed record Row(
        Guid Id, Guid? ParentId, string Slug, string Title, string AuthorName, string Email, string Body, CommentStatus Status,
        int SpamScore, string SpamReasons, DateTime PostedAt, Guid Version, bool Reported);
}
