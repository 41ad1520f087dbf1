using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Clients.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Integration;

internal sealed class GetClientCoachesHandler(ClientsDbContext db) : IRequestHandler<GetClientCoaches, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(GetClientCoaches request, CancellationToken cancellationToken) =>
        await db.CoachClients.AsNoTracking()
            .Where(c => c.ClientId == request.ClientId)
            .OrderBy(c => c.CoachId)
            .Select(c => c.CoachId)
            .ToListAsync(cancellationToken);
}
