using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.Coaching;

internal static class CoachingEndpoints
{
    public const int DefaultPageSize = 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        var client = app.MapGroup("/api/clients/{clientId:guid}/assessments").WithTags("Assessments").RequireAuthorization(Roles.Coach);

        client.MapGet("", async (Guid clientId, int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListClientAssessments(user.Id, clientId, page ?? 1, pageSize ?? DefaultPageSize), ct)))
            .WithSummary("A client's Wheel of Life history for their coach, newest first with the change per area; 404 for anyone else's client.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        client.MapPost("/retake-requests", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RequestRetake(user.Id, clientId), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Mails the client a link to retake the Wheel of Life; at most once a week (409 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
