using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Programs.Features.Templates;

internal static class ProgramEndpoints
{
    public sealed record ProgramBody(string Title, string Summary, IReadOnlyList<StepInput>? Steps);

    public sealed record CopyBody(string? Title);

    public static void Map(IEndpointRouteBuilder app)
    {
        var programs = app.MapGroup("/api/programs").WithTags("Programs").RequireAuthorization(Roles.Coach);

        programs.MapGet("", async (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                KeptJson.Ok(await mediator.Send(new ListPrograms(user.Id), ct)))
            .WithSummary("The built-in templates and the coach's own programs.");

        programs.MapGet("/{programId:guid}", async (Guid programId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetProgram(user.Id, programId), ct)))
            .WithSummary("A program with its steps.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        programs.MapPost("", async (ProgramBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new CreateProgram(user.Id, body?.Title ?? "", body?.Summary ?? "", body?.Steps), ct);
                return TypedResults.Created($"/api/programs/{id}", new CreatedProgram(id));
            })
            .WithSummary("Authors a program: title, summary and ordered steps.")
            .ProducesValidationProblem();

        programs.MapPut("/{programId:guid}", async (Guid programId, ProgramBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new CreatedProgram(await mediator.Send(new ReviseProgram(user.Id, programId, body?.Title ?? "", body?.Summary ?? "", body?.Steps), ct))))
            .WithSummary("Revises the coach's own program; 409 for a built-in or an assigned program.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        programs.MapPost("/{programId:guid}/copies", async (Guid programId, CopyBody? body, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new CopyProgram(user.Id, programId, body?.Title), ct);
                return TypedResults.Created($"/api/programs/{id}", new CreatedProgram(id));
            })
            .WithSummary("Copies a program (e.g. a built-in template) into one the coach can adapt.");
    }
}
