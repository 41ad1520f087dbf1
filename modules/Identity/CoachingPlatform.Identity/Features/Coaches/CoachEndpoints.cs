using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.Coaches;

internal static class CoachEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var coaches = app.MapGroup("/api/admin/coaches").WithTags("Identity").RequireAuthorization(Roles.Admin);

        coaches.MapGet("", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCoaches(page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("The coaches, with whether each has joined (active) or is still invited.")
            .ProducesValidationProblem();

        coaches.MapPost("/{coachId:guid}/invitation/resend", async (Guid coachId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResendCoachInvitation(user.Id, coachId), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Mails an invited coach a fresh link; the earlier link stops working. 409 once they have joined.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        coaches.MapDelete("/{coachId:guid}/invitation", async (Guid coachId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeCoachInvitation(coachId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revokes a coach's invitation before it is accepted: the link stops working and the invited account is removed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
