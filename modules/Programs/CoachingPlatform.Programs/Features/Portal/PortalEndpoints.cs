using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Programs.Features.Drafts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Programs.Features.Portal;

internal static class PortalEndpoints
{
    public sealed record DraftBody(string? Reflection, IReadOnlyList<string>? CheckedItems);

    public sealed record CompletionBody(string? Reflection, IReadOnlyList<string>? CheckedItems, bool? ShareWithCoach, Guid? Version);

    public static void Map(IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/me/assignments").WithTags("Client portal").RequireAuthorization(Roles.Client);

        mine.MapGet("", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMyAssignments(user.Id), ct)))
            .WithSummary("The client's programs with progress and step statuses (available, completed, locked).");

        mine.MapGet("/{assignmentId:guid}/steps/{stepId:guid}", async (Guid assignmentId, Guid stepId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMyStep(user.Id, assignmentId, stepId), ct)))
            .WithSummary("A step with its content and the client's own answer.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        mine.MapPost("/{assignmentId:guid}/steps/{stepId:guid}/completion", async (
                Guid assignmentId, Guid stepId, CompletionBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CompleteStep(user.Id, assignmentId, stepId, body?.Reflection, body?.CheckedItems, body?.ShareWithCoach, body?.Version), ct)))
            .WithSummary("Completes a step (again is harmless); 409 for a locked step, or when the sent version of the answer is no longer current.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        mine.MapPut("/{assignmentId:guid}/steps/{stepId:guid}/draft", async (
                Guid assignmentId, Guid stepId, DraftBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SaveDraft(user.Id, assignmentId, stepId, body?.Reflection, body?.CheckedItems), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Saves the client's unfinished reflection and checklist on a step; it comes back with the step until completion.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
