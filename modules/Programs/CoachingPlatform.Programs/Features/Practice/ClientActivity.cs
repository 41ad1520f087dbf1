using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

internal static class ClientActivity
{
    /// <summary>
    /// Practice (a win, today's gratitude) counts as activity on every unfinished assignment of the
    /// client, so reminders wait and the coach's "last activity" moves. Saved with the caller's changes.
    /// </summary>
    public static async Task RecordClientActivityAsync(this ProgramsDbContext db, Guid clientId, DateTime now, CancellationToken ct)
    {
        foreach (var assignment in await db.Assignments.Where(a => a.ClientId == clientId && a.CompletedAt == null).ToListAsync(ct))
        {
            assignment.RecordActivity(now);
        }
    }
}
