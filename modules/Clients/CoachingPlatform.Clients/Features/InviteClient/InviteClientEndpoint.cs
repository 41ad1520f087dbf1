using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Clients.Features.InviteClient;

internal static class InviteClientEndpoint
{
    public sealed record InviteClientRequest(string Email, string DisplayName);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/clients", async (InviteClientRequest? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var client = await mediator.Send(new InviteClient(user.Id, body?.Email ?? "", body?.DisplayName ?? ""), ct);
                return TypedResults.Created($"/api/clients/{client.Id}", client);
            })
            .WithTags("Clients")
            .WithSummary("Invites a client by email: they receive a one-time link to set their password.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Roles.Coach);
}
