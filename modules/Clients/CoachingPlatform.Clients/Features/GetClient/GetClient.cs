using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Clients.Features.ListClients;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Programs.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Features.GetClient;

internal sealed record GetClient(Guid CoachId, Guid ClientId) : IRequest<ClientView>;

internal sealed class GetClientHandler(ClientsDbContext db, IMediator mediator) : IRequestHandler<GetClient, ClientView>
{
    public async Task<ClientView> Handle(GetClient request, CancellationToken cancellationToken)
    {
        var client = await db.CoachClients.AsNoTracking()
            .Where(c => c.CoachId == request.CoachId && c.ClientId == request.ClientId)
            .Select(ClientRow.Select)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("client", request.ClientId);
        var progress = await mediator.Send(new GetClientsProgress(request.CoachId, [client.ClientId], new Dictionary<Guid, DateTime> { [client.ClientId] = client.SharedSince }), cancellationToken);
        return ClientView.From(client, progress.SingleOrDefault());
    }
}
