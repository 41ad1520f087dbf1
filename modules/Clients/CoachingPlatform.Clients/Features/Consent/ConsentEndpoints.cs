using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Clients.Features.Consent;

internal static class ConsentEndpoints
{
    public sealed record AcceptCoachBody(string Token);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/client-links/accept", async (AcceptCoachBody? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AcceptCoach(body?.Token ?? ""), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Clients")
            .WithSummary("Accepts a coach from the link mailed to someone who already had an account; holding the link proves the address.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();
}
