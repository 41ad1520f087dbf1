using CoachingPlatform.Community.Contracts;
using CoachingPlatform.Community.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Integration;

internal sealed class ExportCommunityDataHandler(CommunityDbContext db) : IRequestHandler<ExportCommunityData, IReadOnlyList<CommentExport>>
{
    public async Task<IReadOnlyList<CommentExport>> Handle(ExportCommunityData request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        return await db.Comments.AsNoTracking()
            .Where(c => c.Email.ToLower() == email)
            .OrderBy(c => c.PostedAt)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, a.Title, c.AuthorName, c.Body, c.Status, c.PostedAt })
            .Select(c => new CommentExport(c.Id, c.Title, c.AuthorName, c.Body, c.Status.ToString().ToLower(), c.PostedAt))
            .ToListAsync(cancellationToken);
    }
}
