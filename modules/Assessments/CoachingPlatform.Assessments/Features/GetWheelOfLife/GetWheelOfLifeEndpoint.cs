using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.GetWheelOfLife;

internal static class GetWheelOfLifeEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/assessments/wheel-of-life", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWheelOfLife(), ct)))
            .WithTags("Assessments")
            .WithSummary("The eight life areas of the Wheel of Life, each to be scored from 1 to 10.")
            .AllowAnonymous();
}
