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
    public sealed record SupportBody(Guid? AssignmentId, Guid? StepId, string? Message);

    public sealed record ResolutionBody(string? Reply);

    public sealed record SupportLineView(string SupportLine);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/me/support-requests", async (SupportBody? body, ICurrentUser user, IMediator mediator, IOptions<AppOptions> options, CancellationToken ct) =>
            {
                var raised = await mediator.Send(new RequestSupport(user.Id, body?.AssignmentId, body?.StepId, body?.Message), ct);
                // The request is the coach's to read (under /api/clients/{clientId}/support-requests): no location for the client.
                return TypedResults.Created((string?)null, new SupportRequestedView(raised.RequestId, options.Value.SupportLine));
            })
            .WithTags("Client portal")
            .WithSummary("Asks the coach for more support (about an assignment, else the latest one); the coach is mailed at once and sees a flag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Roles.Client);

        app.MapGet("/api/me/support-requests", async (int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMySupportRequests(user.Id, page ?? 1, pageSize ?? 50), ct)))
            .WithTags("Client portal")
            .WithSummary("The client's own requests for support, newest first, with when the coach handled each and their reply.")
            .ProducesValidationProblem()
            .RequireAuthorization(Roles.Client);

        app.MapGet("/api/support-line", (IOptions<AppOptions> options) => TypedResults.Ok(new SupportLineView(options.Value.SupportLine)))
            .WithTags("Client portal")
            .WithSummary("Where to find urgent help: the platform is not a crisis service.")
            .AllowAnonymous();

        var coach = app.MapGroup("/api/clients/{clientId:guid}/support-requests").WithTags("Programs").RequireAuthorization(Roles.Coach);

        coach.MapGet("", async (Guid clientId, int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSupportRequests(user.Id, clientId, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("The client's requests for more support, open ones flagged by no resolvedAt.");

        coach.MapPost("/{requestId:guid}/resolution", async (
                Guid clientId, Guid requestId, ResolutionBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResolveSupportRequest(user.Id, clientId, requestId, body?.Reply), ct)))
            .WithSummary("Marks a support request as handled, with an optional short reply the client reads and is mailed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record SupportRequestedView(Guid Id, string SupportLine);
