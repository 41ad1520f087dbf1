using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Consumers;

/// <summary>An invited client set their password: every coach that invited them now sees them as active.</summary>
internal sealed class InvitationAcceptedConsumer(ClientsDbContext db) : InboxConsumer<InvitationAccepted>
{
    protected override async Task HandleAsync(InvitationAccepted message, CancellationToken cancellationToken)
    {
        var relationships = await db.CoachClients.Where(c => c.ClientId == message.UserId).ToListAsync(cancellationToken);
        foreach (var relationship in relationships)
        {
            relationship.Activate(message.AcceptedAt);
        }
    }
}
