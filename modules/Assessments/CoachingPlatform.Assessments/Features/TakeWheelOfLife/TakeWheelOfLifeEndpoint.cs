using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.TakeWheelOfLife;

internal static class TakeWheelOfLifeEndpoint
{
    public sealed record WheelOfLifeRequest(Dictionary<string, int>? Scores, List<GoalInput>? Goals);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/assessments/wheel-of-life", async (WheelOfLifeRequest? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                // Only a client has a history to keep it in; anyone else gets an anonymous result.
                Guid? owner = user.IsSignedIn && user.IsInRole(Roles.Client) ? user.Id : null;
                var taken = await mediator.Send(new TakeWheelOfLife(body?.Scores, body?.Goals, owner), ct);
                return TypedResults.Created($"/api/assessments/{taken.Id}", taken);
            })
            .WithTags("Assessments")
            .WithSummary("Scores a Wheel of Life: the average, the strongest areas and the areas to grow. A signed-in client keeps it in their history.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();
}
