using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Subscriptions.Features.Subscribe;

internal static class SubscribeEndpoint
{
    public sealed record SubscribeRequest(string Email, string Frequency);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/subscriptions", async (SubscribeRequest? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new Subscribe(body?.Email ?? "", body?.Frequency ?? ""), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithTags("Subscriptions")
            .WithSummary("Subscribes an address to the weekly or daily digest; a confirmation link is mailed. The answer never tells whether the address was known.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();
}
