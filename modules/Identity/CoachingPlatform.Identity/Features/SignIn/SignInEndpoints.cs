using CoachingPlatform.BuildingBlocks.Web;
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

    public static void Map(IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Identity");

        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
                LoginRequest? body, bool? useCookies, IMediator mediator, CancellationToken ct) =>
            await mediator.Send(new SignIn(body?.Email ?? "", body?.Password ?? "", useCookies ?? false), ct)
                ? TypedResults.Empty
                : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.",
                    detail: "The email or password is incorrect, or the account is temporarily locked after too many attempts."))
            .WithSummary("Signs in: returns a bearer token, or sets the sign-in cookie with ?useCookies=true.")
            .Produces<AccessTokenResponse>()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .AllowAnonymous();

        auth.MapPost("/logout", async (SignInManager<AppUser> signInManager) =>
            {
                await signInManager.SignOutAsync();
                return TypedResults.NoContent();
            })
            .WithSummary("Ends the cookie session.")
            .RequireAuthorization();
    }
}
