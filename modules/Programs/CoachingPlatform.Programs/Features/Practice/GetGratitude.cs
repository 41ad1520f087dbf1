using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

internal sealed record GetGratitude(Guid ClientId) : IRequest<GratitudeView>;

internal sealed record GratitudeView(int Streak, DateOnly Today, IReadOnlyList<GratitudeDay> Entries);

internal sealed record GratitudeDay(DateOnly Day, IReadOnlyList<string> Items);

internal sealed class GetGratitudeHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<GetGratitude, GratitudeView>
{
    public async Task<GratitudeView> Handle(GetGratitude request, CancellationToken cancellationToken)
    {
        var today = (await db.PreferencesOfAsync(request.ClientId, cancellationToken)).Today(clock.GetUtcNow().UtcDateTime);
        var since = today.AddDays(-60);
        var entries = await db.Gratitude.AsNoTracking()
            .Where(g => g.ClientId == request.ClientId && g.Day >= since)
            .OrderByDescending(g => g.Day)
            .Select(g => new GratitudeDay(g.Day, g.Items))
            .ToListAsync(cancellationToken);
        return new GratitudeView(GratitudeStreak.Compute(entries.Select(e => e.Day), today), today, entries);
    }
}
