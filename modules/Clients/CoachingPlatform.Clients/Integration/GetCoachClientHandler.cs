using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Clients.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Integration;

internal sealed class GetCoachClientHandler(ClientsDbContext db) : IRequestHandler<GetCoachClient, CoachClientSummary?>
{
    public Task<CoachClientSummary?> Handle(GetCoachClient request, CancellationToken cancellationToken) =>
        db.CoachClients.AsNoTracking()
            .Where(c => c.CoachId == request.CoachId && c.ClientId == request.ClientId)
            .Select(c => new CoachClientSummary(c.ClientId, c.CoachId, c.Email, c.DisplayName, c.SharedSince))
            .SingleOrDefaultAsync(cancellationToken);
}
