using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.Invitations;

internal static class InvitationEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/invitation", async (string? token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CheckInvitation(token ?? ""), ct)))
            .WithTags("Identity")
            .WithSummary("Whether an invitation link still works: valid, used, expired, revoked or unknown.")
            .AllowAnonymous();
}
