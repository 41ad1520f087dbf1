using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.AcceptInvitation;

internal static class AcceptInvitationEndpoint
{
    public sealed record AcceptInvitationRequest(string Token, string Password);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/accept-invitation", async (AcceptInvitationRequest? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcceptInvitation(body?.Token ?? "", body?.Password ?? ""), ct)))
            .WithTags("Identity")
            .WithSummary("Sets the password of an invited account from the one-time link in its invitation mail.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();
}
