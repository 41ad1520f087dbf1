using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Programs.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>
/// A coach may assign programs while the invited person has not yet accepted them; those assignments were
/// made under the stand-in id and move to the client's account once they accept.
/// </summary>
internal sealed class ClientLinkedConsumer(ProgramsDbContext db) : InboxConsumer<ClientLinked>
{
    protected override async Task HandleAsync(ClientLinked message, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments
            .Where(a => a.CoachId == message.CoachId && a.ClientId == message.FormerClientId)
            .ToListAsync(cancellationToken);
        foreach (var assignment in assignments)
        {
            assignment.MoveTo(message.ClientId);
        }
    }
}
