using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Clients.Domain;
using CoachingPlatform.Clients.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CoachingPlatform.Clients.Seeding;

/// <summary>Each bench client is an active client of one bench coach (<see cref="ScaleSeed"/>).</summary>
internal sealed class ScaleSeeder(ClientsDbContext db, IConfiguration configuration, TimeProvider clock) : IModuleInitializer
{
    public int Order => InitializerOrder.SeedScale;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(ScaleSeed.Key)
            || await db.CoachClients.AnyAsync(c => c.ClientId == ScaleSeed.ClientId(0), cancellationToken))
        {
            return;
        }

        var invitedAt = clock.GetUtcNow().UtcDateTime.AddDays(-20);
        for (var i = 0; i < ScaleSeed.Clients; i++)
        {
            db.CoachClients.Add(CoachClient.Invite(ScaleSeed.CoachId(ScaleSeed.CoachOf(i)), ScaleSeed.ClientId(i),
                ScaleSeed.ClientEmail(i), $"Bench Client {i}", invitedAt.AddMinutes(i), alreadyActive: true));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
