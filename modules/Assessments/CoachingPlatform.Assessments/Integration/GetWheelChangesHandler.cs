using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Integration;

/// <summary>One query for all the clients asked about; a client takes the wheel a few times a year, so their shared results are few.</summary>
internal sealed class GetWheelChangesHandler(AssessmentsDbContext db) : IRequestHandler<GetWheelChanges, IReadOnlyList<WheelChange>>
{
    public async Task<IReadOnlyList<WheelChange>> Handle(GetWheelChanges request, CancellationToken cancellationToken)
    {
        var ids = request.SharedSince.Keys.Select(id => (Guid?)id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var earliest = request.SharedSince.Values.Min();
        var results = (await db.WheelOfLifeAssessments.AsNoTracking()
                .Where(a => ids.Contains(a.OwnerId) && a.TakenAt >= earliest && a.TakenAt <= request.To)
                .Select(a => new { ClientId = a.OwnerId!.Value, a.TakenAt, Scores = a.Scores.Select(s => new { s.Area, s.Score }).ToList() })
                .ToListAsync(cancellationToken))
            .Where(a => a.TakenAt >= request.SharedSince[a.ClientId])
            .ToLookup(a => a.ClientId);

        var changes = new List<WheelChange>();
        foreach (var client in results)
        {
            var ordered = client.OrderByDescending(a => a.TakenAt).ToList();
            var latest = ordered[0];
            if (latest.TakenAt <= request.From)
            {
                continue;
            }

            var scores = latest.Scores.ToDictionary(s => s.Area, s => s.Score);
            var previous = ordered.Count > 1 ? ordered[1].Scores.ToDictionary(s => s.Area, s => s.Score) : null;
            var areas = previous is null ? [] : LifeAreas.All
                .Where(area => scores.ContainsKey(area.Key) && previous.TryGetValue(area.Key, out var before) && before != scores[area.Key])
                .Select(area => new AreaChange(area.Name, previous[area.Key], scores[area.Key]))
                .ToList();
            changes.Add(new WheelChange(client.Key, latest.TakenAt, WheelOfLifeScoring.Score(scores).Average,
                previous is null ? null : WheelOfLifeScoring.Score(previous).Average, areas));
        }

        return changes;
    }
}
