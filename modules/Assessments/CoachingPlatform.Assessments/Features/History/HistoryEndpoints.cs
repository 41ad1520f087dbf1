using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.History;

internal static class HistoryEndpoints
{
    public const int DefaultPageSize = 20;

    public sealed record ClaimBody(string? Token);

    public sealed record Claimed(Guid Id);

    public static void Map(IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/me/assessments").WithTags("Assessments").RequireAuthorization(Roles.Client);

        mine.MapGet("", async (int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMyAssessments(user.Id, page ?? 1, pageSize ?? DefaultPageSize), ct)))
            .WithSummary("The client's Wheel of Life history, newest first, with the change per area since the previous result.")
            .ProducesValidationProblem();

        mine.MapPost("/claims", async (ClaimBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new Claimed(await mediator.Send(new ClaimAssessment(user.Id, body?.Token), ct))))
            .WithSummary("Moves an anonymous result into the client's history with the claim token handed out when it was taken.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
