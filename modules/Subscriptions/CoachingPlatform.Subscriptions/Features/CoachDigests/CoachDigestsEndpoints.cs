using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Subscriptions.Contracts;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Subscriptions.Features.CoachDigests;

/// <summary>The signed-in coach's own weekly progress digest setting.</summary>
internal static class CoachDigestsEndpoints
{
    public sealed record SettingBody(bool? Enabled);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/coach-digest").WithTags("Subscriptions").RequireAuthorization(Roles.Coach);

        group.MapGet("", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCoachDigestSetting(user.Id), ct)))
            .WithSummary("Whether the coach receives the weekly progress digest of their clients (on by default).");

        group.MapPut("", async (SettingBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeCoachDigestSetting(user.Id, body?.Enabled
                    ?? throw new ValidationException([new ValidationFailure("enabled", "Say whether the weekly digest is on (true) or off (false).")])), ct)))
            .WithSummary("Switches the coach's weekly progress digest on or off.")
            .ProducesValidationProblem();
    }
}
