using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Integration;

/// <summary>Everything the coach dashboard shows per client, in four queries whatever the page size
/// (a fifth, rarely, recounts wins recorded before a relationship began).</summary>
internal sealed class GetClientsProgressHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<GetClientsProgress, IReadOnlyList<ClientProgress>>
{
    public async Task<IReadOnlyList<ClientProgress>> Handle(GetClientsProgress request, CancellationToken cancellationToken)
    {
        var ids = request.ClientIds.Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.CoachId == request.CoachId && ids.Contains(a.ClientId))
            .OrderBy(a => a.AssignedAt)
            .Select(a => new { a.Id, a.ClientId, a.ProgramTitle, Completed = a.Completions.Count, a.TotalSteps, a.LastActivityAt, a.CompletedAt })
            .ToListAsync(cancellationToken);
        DateTime SharedSince(Guid id) => request.SharedSince.TryGetValue(id, out var at) ? at : now;
        var earliest = ids.Count == 0 ? now : ids.Min(SharedSince);

        // What a client recorded before this coach's relationship began (e.g. with another coach) is not counted.
        // Counted in SQL from the page's earliest start; a client whose first counted win predates their own
        // start is counted again from it (rare: wins recorded with an earlier coach).
        var wins = (await db.Wins.AsNoTracking().Where(w => ids.Contains(w.ClientId) && w.RecordedAt >= earliest)
                .GroupBy(w => w.ClientId)
                .Select(g => new WinTally(g.Key, g.Count(), g.Min(w => w.RecordedAt), g.Max(w => w.RecordedAt)))
                .ToListAsync(cancellationToken))
            .ToDictionary(w => w.ClientId);
        var recount = wins.Values.Where(w => w.First < SharedSince(w.ClientId)).Select(w => w.ClientId).ToList();
        if (recount.Count > 0)
        {
            foreach (var tally in (await db.Wins.AsNoTracking().Where(w => recount.Contains(w.ClientId))
                         .Select(w => new { w.ClientId, w.RecordedAt }).ToListAsync(cancellationToken))
                     .Where(w => w.RecordedAt >= SharedSince(w.ClientId))
                     .GroupBy(w => w.ClientId, w => w.RecordedAt)
                     .Select(g => new WinTally(g.Key, g.Count(), g.Min(), g.Max())))
            {
                wins[tally.ClientId] = tally;
            }

            foreach (var none in recount.Where(id => wins[id].First < SharedSince(id)))
            {
                wins.Remove(none);
            }
        }
        // Each gratitude day comes with the client's time zone (which decides what "today" is for the streak);
        // a client with no day in the window has no streak, whatever their zone.
        var since = DateOnly.FromDateTime(now).AddDays(-62);
        var gratitude = (await (from g in db.Gratitude.AsNoTracking()
                    where ids.Contains(g.ClientId) && g.Day >= since
                    join p in db.Preferences on g.ClientId equals p.ClientId into preferences
                    from p in preferences.DefaultIfEmpty()
                    select new { g.ClientId, g.Day, TimeZone = p == null ? null : p.TimeZone })
                .ToListAsync(cancellationToken))
            .Where(g => g.Day >= DateOnly.FromDateTime(SharedSince(g.ClientId)))
            .ToLookup(g => g.ClientId);
        var support = await db.SupportRequests.AsNoTracking()
            .Where(s => s.CoachId == request.CoachId && ids.Contains(s.ClientId) && s.ResolvedAt == null)
            .GroupBy(s => s.ClientId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        return ids.Select(id =>
        {
            var mine = assignments.Where(a => a.ClientId == id).ToList();
            var completed = mine.Sum(a => a.Completed);
            var total = mine.Sum(a => a.TotalSteps);
            var win = wins.GetValueOrDefault(id);
            DateTime? lastActivity = mine.Count == 0 ? null : mine.Max(a => a.LastActivityAt);
            if (win is not null && (lastActivity is null || win.Last > lastActivity))
            {
                lastActivity = win.Last;
            }

            var days = gratitude[id].ToList();
            var streak = days.Count == 0 ? 0 : GratitudeStreak.Compute(days.Select(d => d.Day), ClientPreferences.Today(days[0].TimeZone, now));
            return new ClientProgress(id, mine.Count, completed, total, total == 0 ? 0 : completed * 100 / total, lastActivity,
                win?.Count ?? 0, streak, support.GetValueOrDefault(id),
                mine.Select(a => new ProgramProgress(a.Id, a.ProgramTitle, a.Completed, a.TotalSteps, a.TotalSteps == 0 ? 0 : a.Completed * 100 / a.TotalSteps, a.CompletedAt)).ToList());
        }).ToList();
    }

    private sealed record WinTally(Guid ClientId, int Count, DateTime First, DateTime Last);
}
