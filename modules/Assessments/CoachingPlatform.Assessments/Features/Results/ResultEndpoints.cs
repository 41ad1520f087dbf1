using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.Results;

internal static class ResultEndpoints
{
    public sealed record GoalBody(string? Area, string? Text, int? TargetScore, DateOnly? TargetDate);

    public static void Map(IEndpointRouteBuilder app)
    {
        var results = app.MapGroup("/api/assessments/{id:guid}").WithTags("Assessments").AllowAnonymous();

        results.MapGet("", async (Guid id, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssessment(id, CallerOf(user)), ct)))
            .WithSummary("A stored Wheel of Life result: for its owner and their coach, or an anonymous one for whoever holds its id.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        results.MapGet("/wheel.svg", async (Guid id, Guid? compare, ICurrentUser user, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var svg = await mediator.Send(new GetWheelSvg(id, CallerOf(user), compare), ct);

                // A client's wheel is theirs and their coach's: no shared cache may keep it.
                http.Response.Headers.CacheControl = "private, max-age=300";
                return TypedResults.Text(svg, "image/svg+xml; charset=utf-8");
            })
            .WithSummary("The wheel drawn as SVG; ?compare={otherId} overlays the outline of an earlier result of the same person.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);

        results.MapPost("/goals", async (Guid id, GoalBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var goal = await mediator.Send(new AddGoal(id, CallerOf(user), body?.Area, body?.Text, body?.TargetScore, body?.TargetDate), ct);
                return TypedResults.Created($"/api/assessments/{id}", goal);
            })
            .WithSummary("Adds a goal (area, text, optional target score and date) to a result: by its owner, or whoever holds an anonymous one.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(RateLimits.PublicWrite);
    }

    private static Guid? CallerOf(ICurrentUser user) => user.IsSignedIn ? user.Id : null;
}
