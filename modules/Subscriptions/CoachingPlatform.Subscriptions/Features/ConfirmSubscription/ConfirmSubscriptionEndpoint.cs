using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Subscriptions.Features.ConfirmSubscription;

internal static class ConfirmSubscriptionEndpoint
{
    public sealed record ConfirmRequest(string Token);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/subscriptions/confirm", async (ConfirmRequest? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConfirmSubscription(body?.Token ?? ""), ct)))
            .WithTags("Subscriptions")
            .WithSummary("Confirms a subscription with the token from its confirmation mail; confirming twice is harmless.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();
}
