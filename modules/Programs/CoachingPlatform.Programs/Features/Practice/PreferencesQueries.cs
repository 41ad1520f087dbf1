using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Practice;

internal static class PreferencesQueries
{
    /// <summary>The client's saved preferences, or the defaults (UTC, quiet 21:00–08:00, two reminders a week).</summary>
    public static async Task<ClientPreferences> PreferencesOfAsync(this ProgramsDbContext db, Guid clientId, CancellationToken ct) =>
        await db.Preferences.SingleOrDefaultAsync(p => p.ClientId == clientId, ct) ?? ClientPreferences.DefaultFor(clientId);
}
