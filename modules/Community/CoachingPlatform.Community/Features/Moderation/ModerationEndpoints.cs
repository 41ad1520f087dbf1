using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.Moderation;

internal static class ModerationEndpoints
{
    public sealed record DecisionBody(string? Decision, Guid? Version);

    public static void Map(IEndpointRouteBuilder app)
    {
        var moderation = app.MapGroup("/api/moderation/comments").WithTags("Moderation").RequireAuthorization(Roles.Admin);

        moderation.MapGet("", async (string? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                KeptJson.Ok(await mediator.Send(new ListModerationQueue(status ?? "pending", page ?? 1, pageSize ?? ListModerationQueue.DefaultPageSize), ct)))
            .WithSummary("A moderation queue (pending, reported, spam, approved or rejected) with spam scores, reasons and reports.")
            .ProducesValidationProblem();

        moderation.MapPost("/{commentId:guid}/decision", async (Guid commentId, DecisionBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideComment(commentId, body?.Decision, body?.Version, user.Id), ct)))
            .WithSummary("Approves, rejects or marks a comment as spam; 409 with the current state when the version is stale.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderation.MapGet("/{commentId:guid}/history", async (Guid commentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetModerationHistory(commentId), ct)))
            .WithSummary("Every decision on a comment: who, when, from what to what.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
