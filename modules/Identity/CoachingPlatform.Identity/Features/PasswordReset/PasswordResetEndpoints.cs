using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.PasswordReset;

internal static class PasswordResetEndpoints
{
    public sealed record ResetRequest(string Email);

    public sealed record ConfirmRequest(string Token, string Password);

    public sealed record ResetDone(bool Reset);

    public static void Map(IEndpointRouteBuilder app)
    {
        var reset = app.MapGroup("/api/auth/password-reset").WithTags("Identity").AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);

        reset.MapPost("", async (ResetRequest? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RequestPasswordReset(body?.Email ?? ""), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Mails a single-use, expiring reset link when the account exists; 202 either way.")
            .ProducesValidationProblem();

        reset.MapPost("/confirm", async (ConfirmRequest? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetPassword(body?.Token ?? "", body?.Password ?? ""), ct);
                return TypedResults.Ok(new ResetDone(true));
            })
            .WithSummary("Sets a new password from a reset link; 400 for a used, expired or malformed token.")
            .ProducesValidationProblem();
    }
}
