using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.InviteCoach;

internal static class InviteCoachEndpoint
{
    public sealed record InviteCoachRequest(string Email, string DisplayName);

    public sealed record Created(Guid Id);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/coaches", async (InviteCoachRequest? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new InviteCoach(body?.Email ?? "", body?.DisplayName ?? "", user.Id), ct);
                return TypedResults.Created($"/api/admin/coaches/{id}", new Created(id));
            })
            .WithTags("Identity")
            .WithSummary("Invites a coach: the account is created and mailed a link to set its password.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Roles.Admin);
}
