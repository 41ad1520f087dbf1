using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Subscriptions.Features.Preferences;

/// <summary>Everything a manage link can do; the token is the only credential, so none of it needs a sign-in.</summary>
internal static class PreferencesEndpoints
{
    public sealed record PreferencesBody(string? Frequency, bool? Paused, bool? ShowNextStep);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscriptions").WithTags("Subscriptions").AllowAnonymous();

        group.MapGet("/preferences", async (string? token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNewsletterPreferences(token ?? ""), ct)))
            .WithSummary("The subscription a preferences link belongs to: email, frequency, paused, status, whether the address is a client's and whether their next step is shown.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/preferences", async (string? token, PreferencesBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateNewsletterPreferences(token ?? "", body?.Frequency ?? "", body?.Paused, body?.ShowNextStep), ct)))
            .WithSummary("Changes the frequency, pauses or resumes the digest, and (for a client) shows or hides their next program step in it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(RateLimits.PublicWrite);

        // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" as a form; the body carries nothing else we need.
        group.MapPost("/unsubscribe", async (string? token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnsubscribeFromNewsletter(token ?? ""), ct)))
            .WithSummary("Ends the subscription in one click (RFC 8058 List-Unsubscribe-Post); no sign-in.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .DisableAntiforgery();
    }
}
