using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Features.Support;

internal static class SupportEndpoints
{
    public sealed record SupportBody(Guid AssignmentId, Guid? StepId, string? Message);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/me/support-requests", async (SupportBody? body, ICurrentUser user, IMediator mediator, IOptions<AppOptions> options, CancellationToken ct) =>
            {
                var raised = await mediator.Send(new RequestSupport(user.Id, body?.AssignmentId ?? Guid.Empty, body?.StepId, body?.Message), ct);
                // The request is the coach's to read (under /api/clients/{clientId}/support-requests): no location for the client.
                return TypedResults.Created((string?)null, new SupportRequestedView(raised.RequestId, options.Value.SupportLine));
            })
            .WithTags("Client portal")
            .WithSummary("Asks the coach for more support; the coach is mailed at once and sees a flag.")
            .ProducesValidationProblem()
            .RequireAuthorization(Roles.Client);

        app.MapGet("/api/support-line", (IOptions<AppOptions> options) => TypedResults.Ok(new { supportLine = options.Value.SupportLine }))
            .WithTags("Client portal")
            .WithSummary("Where to find urgent help: the platform is not a crisis service.")
            .AllowAnonymous();

        var coach = app.MapGroup("/api/clients/{clientId:guid}/support-requests").WithTags("Programs").RequireAuthorization(Roles.Coach);

        coach.MapGet("", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSupportRequests(user.Id, clientId), ct)))
            .WithSummary("The client's requests for more support, open ones flagged by no resolvedAt.");

        coach.MapPost("/{requestId:guid}/resolution", async (Guid clientId, Guid requestId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResolveSupportRequest(user.Id, clientId, requestId), ct)))
            .WithSummary("Marks a support request as handled.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record SupportRequestedView(Guid Id, string SupportLine);
