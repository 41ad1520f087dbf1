using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.Wheel;

internal static class WheelEndpoints
{
    public sealed record WheelOfLifeRequest(Dictionary<string, int>? Scores, Dictionary<string, string?>? Notes, List<GoalInput>? Goals);

    public static void Map(IEndpointRouteBuilder app)
    {
        var wheel = app.MapGroup("/api/assessments/wheel-of-life").WithTags("Assessments").AllowAnonymous();

        wheel.MapGet("", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetWheelOfLife(), ct)))
            .WithSummary("The eight life areas of the Wheel of Life, each to be scored from 1 to 10.");

        wheel.MapPost("", async (WheelOfLifeRequest? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                // Only a client has a history to keep it in; anyone else gets an anonymous result with a claim token.
                Guid? owner = user.IsSignedIn && user.IsInRole(Roles.Client) ? user.Id : null;
                var taken = await mediator.Send(new TakeWheelOfLife(body?.Scores, body?.Notes, body?.Goals, owner), ct);
                return TypedResults.Created($"/api/assessments/{taken.Id}", taken);
            })
            .WithSummary("Scores a Wheel of Life: the average, the strongest areas and the areas to grow. A signed-in client keeps it in their history; an anonymous result carries a claimToken.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.PublicWrite);
    }
}
