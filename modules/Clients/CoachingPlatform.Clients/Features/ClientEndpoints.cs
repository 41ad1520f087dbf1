using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Clients.Features.Invitations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Clients.Features;

internal static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Clients").RequireAuthorization(Roles.Coach);

        clients.MapGet("", async (int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                KeptJson.Ok(await mediator.Send(new ListClients.ListClients(user.Id, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("The coach's own clients with their progress, last activity, wins and support flags.");

        clients.MapGet("/{clientId:guid}", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetClient.GetClient(user.Id, clientId), ct)))
            .WithSummary("One of the coach's clients; 404 for anyone else's.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        clients.MapPost("/{clientId:guid}/invitation/resend", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResendClientInvitation(user.Id, clientId), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Mails an invited client a fresh link; the earlier one stops working. 409 once they have joined.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        clients.MapDelete("/{clientId:guid}/invitation", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeClientInvitation(user.Id, clientId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revokes an invitation that was not accepted yet: the client leaves the list and the link stops working.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
