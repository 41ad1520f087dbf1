using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Features.Results;
using CoachingPlatform.Assessments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Features.History;

/// <summary>A page of a client's results, newest first, each with the change since the one before it.</summary>
internal static class ClientHistory
{
    public const int MaxPageSize = 100;

    public static async Task<IReadOnlyList<HistoryEntry>> PageAsync(this AssessmentsDbContext db, Guid clientId, int page, int pageSize, CancellationToken ct)
    {
        // One row more than the page: the oldest result on the page is compared with the one after it.
        var rows = await db.WheelOfLifeAssessments.AsNoTracking()
            .Where(a => a.OwnerId == clientId)
            .OrderByDescending(a => a.TakenAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize + 1)
            .ToSnapshotRows()
            .ToListAsync(ct);
        var snapshots = rows.Select(Snapshot.From).ToList();
        return snapshots.Take(pageSize).Select((s, i) => Entry(s, i + 1 < snapshots.Count ? snapshots[i + 1] : null)).ToList();
    }

    private static HistoryEntry Entry(Snapshot current, Snapshot? previous)
    {
        var summary = WheelOfLifeScoring.Score(current.Scores);
        var scores = LifeAreas.All.ToDictionary(a => a.Key, a => current.Scores[a.Key]);
        var change = previous is null ? null : LifeAreas.All.ToDictionary(a => a.Key, a => current.Scores[a.Key] - previous.Scores[a.Key]);
        var notes = LifeAreas.All.Where(a => current.Notes.GetValueOrDefault(a.Key) is not null).ToDictionary(a => a.Key, a => current.Notes[a.Key]);
        return new HistoryEntry(current.Id, current.TakenAt, summary.Average, summary.Balance.Spread, summary.Strengths, summary.GrowthAreas,
            scores, change, previous?.Id, notes, current.Goals);
    }
}
