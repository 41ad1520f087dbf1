using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Clients.Domain;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Features.Invitations;

/// <summary>The coach sends an invited client a fresh link; the earlier one stops working.</summary>
internal sealed record ResendClientInvitation(Guid CoachId, Guid ClientId) : IRequest<Unit>;

/// <summary>
/// The coach takes back an invitation that was not accepted: the client disappears from their list and, unless
/// another coach is waiting for the same person, the link stops working and the unused account is removed.
/// </summary>
internal sealed record RevokeClientInvitation(Guid CoachId, Guid ClientId) : IRequest<Unit>;

internal sealed class ResendClientInvitationHandler(ClientsDbContext db, IMediator mediator) : IRequestHandler<ResendClientInvitation, Unit>
{
    public async Task<Unit> Handle(ResendClientInvitation request, CancellationToken cancellationToken)
    {
        var client = await db.InvitedClientAsync(request.CoachId, request.ClientId, cancellationToken);
        var coach = await mediator.Send(new GetUserContact(request.CoachId), cancellationToken) ?? throw new NotFoundException("coach", request.CoachId);
        return await mediator.Send(new ResendInvitation(client.ClientId, Roles.Client, coach.DisplayName), cancellationToken);
    }
}

internal sealed class RevokeClientInvitationHandler(ClientsDbContext db, IMediator mediator) : IRequestHandler<RevokeClientInvitation, Unit>
{
    public async Task<Unit> Handle(RevokeClientInvitation request, CancellationToken cancellationToken)
    {
        var client = await db.InvitedClientAsync(request.CoachId, request.ClientId, cancellationToken);
        var othersWaiting = await db.CoachClients.AnyAsync(c => c.ClientId == request.ClientId && c.CoachId != request.CoachId, cancellationToken);
        if (!othersWaiting)
        {
            await mediator.Send(new RevokeInvitation(client.ClientId, Roles.Client), cancellationToken);
        }

        db.CoachClients.Remove(client);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class InvitedClients
{
    public static async Task<CoachClient> InvitedClientAsync(this ClientsDbContext db, Guid coachId, Guid clientId, CancellationToken ct)
    {
        var client = await db.CoachClients.SingleOrDefaultAsync(c => c.CoachId == coachId && c.ClientId == clientId, ct)
            ?? throw new NotFoundException("client", clientId);
        return client.Status == ClientStatus.Invited
            ? client
            : throw new ConflictException("This client has already joined: there is no open invitation.");
    }
}
