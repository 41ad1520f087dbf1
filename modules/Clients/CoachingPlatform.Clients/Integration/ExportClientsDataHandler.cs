using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Clients.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Integration;

internal sealed class ExportClientsDataHandler(ClientsDbContext db) : IRequestHandler<ExportClientsData, IReadOnlyList<CoachRelationshipExport>>
{
    public async Task<IReadOnlyList<CoachRelationshipExport>> Handle(ExportClientsData request, CancellationToken cancellationToken) =>
        await db.CoachClients.AsNoTracking()
            .Where(c => c.ClientId == request.ClientId)
            .OrderBy(c => c.InvitedAt)
            .Select(c => new CoachRelationshipExport(c.CoachId, c.DisplayName, c.Email, c.InvitedAt, c.ActivatedAt))
            .ToListAsync(cancellationToken);
}
