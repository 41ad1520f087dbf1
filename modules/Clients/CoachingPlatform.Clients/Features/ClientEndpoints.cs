using CoachingPlatform.BuildingBlocks.Security;
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
                TypedResults.Ok(await mediator.Send(new ListClients.ListClients(user.Id, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("The coach's own clients with their progress, last activity, wins and support flags.");

        clients.MapGet("/{clientId:guid}", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetClient.GetClient(user.Id, clientId), ct)))
            .WithSummary("One of the coach's clients; 404 for anyone else's.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
