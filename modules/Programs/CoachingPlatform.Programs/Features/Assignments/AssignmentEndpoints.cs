using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Programs.Features.Assignments;

internal static class AssignmentEndpoints
{
    public sealed record AssignBody(Guid ProgramId, int? PaceDays);

    public sealed record Created(Guid Id);

    public static void Map(IEndpointRouteBuilder app)
    {
        var assignments = app.MapGroup("/api/clients/{clientId:guid}/assignments").WithTags("Programs").RequireAuthorization(Roles.Coach);

        assignments.MapPost("", async (Guid clientId, AssignBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new AssignProgram(user.Id, clientId, body?.ProgramId ?? Guid.Empty, body?.PaceDays), ct);
                return TypedResults.Created($"/api/clients/{clientId}/assignments/{id}", new Created(id));
            })
            .WithSummary("Assigns a program to the coach's client; paceDays unlocks one step every N days.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        assignments.MapGet("", async (Guid clientId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListClientAssignments(user.Id, clientId), ct)))
            .WithSummary("The client's assignments with progress.");

        assignments.MapGet("/{assignmentId:guid}", async (Guid clientId, Guid assignmentId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetClientAssignment(user.Id, clientId, assignmentId), ct)))
            .WithSummary("One assignment with each step's state and the reflections the client shared.");

        assignments.MapGet("/{assignmentId:guid}/reflections", async (Guid clientId, Guid assignmentId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSharedReflections(user.Id, clientId, assignmentId), ct)))
            .WithSummary("Only the reflections the client shared with the coach.");
    }
}
