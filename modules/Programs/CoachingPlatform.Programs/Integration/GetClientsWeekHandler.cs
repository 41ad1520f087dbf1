using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Integration;

/// <summary>A coach's clients' week, in a fixed number of queries whatever the number of clients.</summary>
internal sealed class GetClientsWeekHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<GetClientsWeek, IReadOnlyList<ClientWeek>>
{
    public async Task<IReadOnlyList<ClientWeek>> Handle(GetClientsWeek request, CancellationToken cancellationToken)
    {
        var ids = request.SharedSince.Keys.ToList();
        var (from, to) = (request.From, request.To);
        var now = clock.GetUtcNow().UtcDateTime;

        // Steps of the programs this coach assigned: another coach's programs are not this coach's business.
        var steps = (await db.Completions.AsNoTracking()
                .Where(c => c.CompletedAt > from && c.CompletedAt <= to)
                .Join(db.Assignments.Where(a => a.CoachId == request.CoachId && ids.Contains(a.ClientId)), c => c.AssignmentId, a => a.Id,
                    (c, a) => new { a.ClientId, a.ProgramTitle, c.StepOrder, c.StepTitle, c.CompletedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ClientId, s => new CompletedStep(s.ProgramTitle, s.StepOrder, s.StepTitle, s.CompletedAt));
        var wins = (await db.Wins.AsNoTracking().Where(w => ids.Contains(w.ClientId) && w.RecordedAt > from && w.RecordedAt <= to)
                .Select(w => new { w.ClientId, w.RecordedAt }).ToListAsync(cancellationToken))
            .Where(w => w.RecordedAt >= request.SharedSince[w.ClientId])
            .ToLookup(w => w.ClientId);
        var since = DateOnly.FromDateTime(now).AddDays(-62);
        var gratitude = (await db.Gratitude.AsNoTracking().Where(g => ids.Contains(g.ClientId) && g.Day >= since)
                .Select(g => new { g.ClientId, g.Day }).ToListAsync(cancellationToken))
            .Where(g => g.Day >= DateOnly.FromDateTime(request.SharedSince[g.ClientId]))
            .ToLookup(g => g.ClientId, g => g.Day);
        var preferences = await db.Preferences.AsNoTracking().Where(p => ids.Contains(p.ClientId)).ToDictionaryAsync(p => p.ClientId, cancellationToken);
        var support = await db.SupportRequests.AsNoTracking()
            .Where(s => s.CoachId == request.CoachId && ids.Contains(s.ClientId) && (s.ResolvedAt == null || (s.RequestedAt > from && s.RequestedAt <= to)))
            .Select(s => new { s.ClientId, s.RequestedAt, Open = s.ResolvedAt == null })
            .ToListAsync(cancellationToken);

        return ids.Select(id =>
        {
            var today = (preferences.GetValueOrDefault(id) ?? ClientPreferences.DefaultFor(id)).Today(now);
            var mine = support.Where(s => s.ClientId == id).ToList();
            return new ClientWeek(id, steps[id].OrderBy(s => s.CompletedAt).ToList(), wins[id].Count(), GratitudeStreak.Compute(gratitude[id], today),
                mine.Count(s => s.RequestedAt > from && s.RequestedAt <= to), mine.Count(s => s.Open));
        }).ToList();
    }
}
