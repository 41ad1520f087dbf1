using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Clients.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Integration;

/// <summary>Active means joined: an invitation still waiting (for a password or for consent) tells a coach nothing yet.</summary>
internal sealed class ListCoachesWithClientsHandler(ClientsDbContext db) : IRequestHandler<ListCoachesWithClients, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListCoachesWithClients request, CancellationToken cancellationToken) =>
        await db.CoachClients.AsNoTracking()
            .Where(c => c.ActivatedAt != null && c.PendingAccountId == null)
            .Select(c => c.CoachId).Distinct()
            .ToListAsync(cancellationToken);
}

internal sealed class ListActiveClientsHandler(ClientsDbContext db) : IRequestHandler<ListActiveClients, IReadOnlyList<CoachClientSummary>>
{
    public async Task<IReadOnlyList<CoachClientSummary>> Handle(ListActiveClients request, CancellationToken cancellationToken) =>
        await db.CoachClients.AsNoTracking()
            .Where(c => c.CoachId == request.CoachId && c.ActivatedAt != null && c.PendingAccountId == null)
            .OrderBy(c => c.DisplayName)
            .Select(c => new CoachClientSummary(c.ClientId, c.CoachId, c.Email, c.DisplayName, c.SharedSince))
            .ToListAsync(cancellationToken);
}
