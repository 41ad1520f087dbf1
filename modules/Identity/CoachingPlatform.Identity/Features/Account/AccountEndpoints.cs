using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.Account;

internal static class AccountEndpoints
{
    public sealed record PasswordChange(string CurrentPassword, string NewPassword);

    public sealed record ErasureRequest(string Password);

    public static void Map(IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Identity").RequireAuthorization();

        me.MapPut("/password", async (PasswordChange? body, HttpContext context, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var usesCookie = !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
                await mediator.Send(new ChangePassword(user.Id, body?.CurrentPassword ?? "", body?.NewPassword ?? "", usesCookie), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Changes the signed-in person's password after checking the current one.")
            .ProducesValidationProblem();

        me.MapGet("/export", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var export = await mediator.Send(new ExportMyData(user.Id), ct);
                return TypedResults.Json(export, statusCode: StatusCodes.Status200OK);
            })
            .WithSummary("Everything the platform holds about the caller, as one JSON document.")
            .Produces<MyDataExport>();

        me.MapPost("/erasure", async (ErasureRequest? body, ICurrentUser user, IMediator mediator, SignInManager<AppUser> signIn, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(new EraseMyAccount(user.Id, body?.Password ?? ""), ct);
                if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await signIn.SignOutAsync();
                }

                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Erases the client's account after checking their password: every module removes or anonymizes their data.")
            .ProducesValidationProblem()
            .RequireAuthorization(Roles.Client);
    }
}
