using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

/// <summary>
/// Wins, completed steps and finished programs, newest first. A coach's view holds the client's wins
/// recorded since their relationship began and the steps of the programs that coach assigned; reflections are
/// never part of it.
/// </summary>
internal sealed record GetTimeline(Guid ClientId, Guid? CoachId, DateTime? SharedSince = null) : IRequest<IReadOnlyList<TimelineItem>>;

internal sealed record TimelineItem(string Kind, string Text, DateTime At, Guid? AssignmentId);

internal sealed class GetTimelineHandler(ProgramsDbContext db) : IRequestHandler<GetTimeline, IReadOnlyList<TimelineItem>>
{
    private const int Limit = 100;

    public async Task<IReadOnlyList<TimelineItem>> Handle(GetTimeline request, CancellationToken cancellationToken)
    {
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.ClientId == request.ClientId && (request.SharedSince == null || w.RecordedAt >= request.SharedSince))
            .OrderByDescending(w => w.RecordedAt).Take(Limit)
            .Select(w => new TimelineItem("win", w.Text, w.RecordedAt, null))
            .ToListAsync(cancellationToken);
        var assignments = db.Assignments.AsNoTracking()
            .Where(a => a.ClientId == request.ClientId && (request.CoachId == null || a.CoachId == request.CoachId));
        var steps = await assignments.SelectMany(a => a.Completions, (a, c) => new { a.Id, a.ProgramTitle, c.StepTitle, c.CompletedAt })
            .OrderByDescending(c => c.CompletedAt).Take(Limit)
            .ToListAsync(cancellationToken);
        var programs = await assignments.Where(a => a.CompletedAt != null)
            .Select(a => new TimelineItem("program", a.ProgramTitle, a.CompletedAt!.Value, a.Id))
            .ToListAsync(cancellationToken);
        return wins
            .Concat(steps.Select(s => new TimelineItem("step", s.StepTitle, s.CompletedAt, s.Id)))
            .Concat(programs)
            .OrderByDescending(i => i.At)
            .Take(Limit)
            .ToList();
    }
}
