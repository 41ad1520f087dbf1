using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Clients.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Features.Results;

/// <summary>Who may read a result: its owner, the owner's coach, or anyone holding an anonymous result's id. Anyone else gets a 404.</summary>
internal static class ResultAccess
{
    public static async Task<Snapshot> ReadableAsync(this AssessmentsDbContext db, IMediator mediator, Guid id, Guid? callerId, CancellationToken ct)
    {
        var row = await db.WheelOfLifeAssessments.AsNoTracking().Where(a => a.Id == id).ToSnapshotRows().SingleOrDefaultAsync(ct);
        var snapshot = row is null ? null : Snapshot.From(row);
        if (snapshot is null || !(WheelOfLifeAssessment.IsReadableBy(snapshot.OwnerId, callerId) || await IsOwnersCoachAsync(mediator, snapshot.OwnerId, callerId, ct)))
        {
            throw new NotFoundException("assessment", id);
        }

        return snapshot;
    }

    /// <summary>The owner's result just before this one, or null for an anonymous or first result.</summary>
    public static async Task<Snapshot?> PreviousAsync(this AssessmentsDbContext db, Snapshot of, CancellationToken ct)
    {
        if (of.OwnerId is not { } owner)
        {
            return null;
        }

        // History is ordered by time, then by id (version 7, so in the order taken) for results of the same instant.
        var candidates = await db.WheelOfLifeAssessments.AsNoTracking()
            .Where(a => a.OwnerId == owner && a.TakenAt <= of.TakenAt)
            .OrderByDescending(a => a.TakenAt).ThenByDescending(a => a.Id)
            .Take(10)
            .ToSnapshotRows()
            .ToListAsync(ct);
        var row = candidates.SkipWhile(c => c.Id != of.Id).Skip(1).FirstOrDefault();
        return row is null ? null : Snapshot.From(row);
    }

    /// <summary>The projection every read uses; filter and order before it, as EF cannot look inside the records it builds.</summary>
    public static IQueryable<SnapshotRow> ToSnapshotRows(this IQueryable<WheelOfLifeAssessment> assessments) =>
        assessments.Select(a => new SnapshotRow(
            a.Id,
            a.OwnerId,
            a.TakenAt,
            a.Scores.Select(s => new ScoreRow(s.Area, s.Score, s.Note)).ToList(),
            a.Goals.OrderBy(g => g.Position).Select(g => new GoalView(g.Id, g.Area, g.Text, g.TargetScore, g.TargetDate)).ToList()));

    private static async Task<bool> IsOwnersCoachAsync(IMediator mediator, Guid? ownerId, Guid? callerId, CancellationToken ct) =>
        ownerId is { } owner && callerId is { } caller && await mediator.Send(new GetCoachClient(caller, owner), ct) is not null;
}
