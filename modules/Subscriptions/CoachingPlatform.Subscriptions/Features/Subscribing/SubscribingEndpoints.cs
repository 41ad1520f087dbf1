using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Subscriptions.Features.Subscribing;

internal static class SubscribingEndpoints
{
    public sealed record SubscribeBody(string? Email, string? Frequency);

    public sealed record ConfirmBody(string? Token);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscriptions").WithTags("Subscriptions").RequireRateLimiting(RateLimits.PublicWrite).AllowAnonymous();

        group.MapPost("", async (SubscribeBody? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SubscribeToNewsletter(body?.Email ?? "", body?.Frequency ?? ""), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Subscribes an address to the weekly or daily digest; a confirmation link is mailed. The answer never tells whether the address was known.")
            .ProducesValidationProblem();

        group.MapPost("/confirm", async (ConfirmBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConfirmNewsletter(body?.Token ?? ""), ct)))
            .WithSummary("Confirms a subscription with the token from its confirmation mail; confirming twice is harmless.")
            .ProducesValidationProblem();
    }
}
