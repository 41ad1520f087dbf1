using System.Globalization;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.SignIn;

internal static class SignInEndpoints
{
    public sealed record LoginRequest(string Email, string Password);

    public sealed record UnlockRequest(string Token);

    public static void Map(IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Identity");

        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
                LoginRequest? body, bool? useCookies, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new SignInWithPassword(body?.Email ?? "", body?.Password ?? "", useCookies ?? false,
                    http.Connection.RemoteIpAddress?.ToString()), ct);
                if (outcome.RetryAfter is { } wait)
                {
                    http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                    return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins.",
                        detail: "Wait before trying again; the account's owner was mailed a link to sign in at once.");
                }

                return outcome.Succeeded
                    ? TypedResults.Empty
                    : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: "The email or password is incorrect.");
            })
            .WithSummary("Signs in: returns a bearer token, or sets the sign-in cookie with ?useCookies=true.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();

        auth.MapPost("/unlock", async Task<Results<NoContent, ProblemHttpResult>> (UnlockRequest? body, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new UnlockSignIn(body?.Token ?? ""), ct)
                    ? TypedResults.NoContent()
                    : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This link is not valid any more."))
            .WithSummary("Lifts the wait after failed sign-ins, with the link mailed to the account's owner.")
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();

        auth.MapPost("/logout", async (ICurrentUser user, SignInManager<AppUser> signInManager) =>
            {
                // A new security stamp ends every session of the account: a copied cookie or token stops working too.
                if (await signInManager.UserManager.FindByIdAsync(user.Id.ToString()) is { } account)
                {
                    await signInManager.UserManager.UpdateSecurityStampAsync(account);
                }

                await signInManager.SignOutAsync();
                return TypedResults.NoContent();
            })
            .WithSummary("Signs out: ends this cookie session and revokes every cookie and bearer token of the account.")
            .RequireAuthorization();
    }
}
