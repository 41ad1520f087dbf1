using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

internal static class ClientActivity
{
    /// <summary>
    /// Saves the caller's changes and, in the same transaction, counts them as activity on every unfinished
    /// assignment of the client (a win, today's gratitude, a support request), so reminders wait and the
    /// coach's "last activity" moves. The UPDATE leaves the assignments' versions alone: practice is no
    /// reason for a step completion at the same moment to fail.
    /// </summary>
    public static async Task SaveWithClientActivityAsync(this ProgramsDbContext db, Guid clientId, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.Assignments.Where(a => a.ClientId == clientId && a.CompletedAt == null && a.LastActivityAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastActivityAt, now), ct);
        await transaction.CommitAsync(ct);
    }
}
