using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.Clients.Domain;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Clients.Seeding;

/// <summary>Makes the demo client the demo coach's client (demo data only; idempotent).</summary>
internal sealed class ClientsSeeder(ClientsDbContext db, IMediator mediator, IOptions<SeedOptions> seed, TimeProvider clock) : IModuleInitializer
{
    public int Order => InitializerOrder.SeedClients;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!seed.Value.Demo)
        {
            return;
        }

        var coach = await mediator.Send(new FindUserByEmail(SeedOptions.CoachEmail), cancellationToken);
        var client = await mediator.Send(new FindUserByEmail(SeedOptions.ClientEmail), cancellationToken);
        if (coach is null || client is null
            || await db.CoachClients.AnyAsync(c => c.CoachId == coach.Id && c.ClientId == client.Id, cancellationToken))
        {
            return;
        }

        var invitedAt = clock.GetUtcNow().UtcDateTime.AddDays(-10);
        db.CoachClients.Add(CoachClient.Invite(coach.Id, client.Id, client.Email, client.DisplayName, invitedAt, alreadyActive: true));
        await db.SaveChangesAsync(cancellationToken);
    }
}
