using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Features.Moderation;

/// <summary>Every status a comment was given, oldest first, starting with the spam filter's screening.</summary>
internal sealed record GetModerationHistory(Guid CommentId) : IRequest<IReadOnlyList<HistoryEntry>>;

/// <summary><paramref name="Decision"/> is the status given; <paramref name="From"/> is null for the screening of a new comment.</summary>
internal sealed record HistoryEntry(string Decision, string? From, string By, DateTime At);

internal sealed class GetModerationHistoryHandler(CommunityDbContext db) : IRequestHandler<GetModerationHistory, IReadOnlyList<HistoryEntry>>
{
    public async Task<IReadOnlyList<HistoryEntry>> Handle(GetModerationHistory request, CancellationToken cancellationToken)
    {
        if (!await db.Comments.AnyAsync(c => c.Id == request.CommentId, cancellationToken))
        {
            throw new NotFoundException("comment", request.CommentId);
        }

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.CommentId == request.CommentId)
            .OrderBy(d => d.At).ThenBy(d => d.Id)
            .Select(d => new { d.To, d.From, d.By, d.At })
            .ToListAsync(cancellationToken);
        return decisions
            .Select(d => new HistoryEntry(CommentQueries.NameOf(d.To), d.From is { } from ? CommentQueries.NameOf(from) : null, d.By, d.At))
            .ToList();
    }
}
