using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Programs.Features.Suggestions;

internal static class SuggestionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var suggestions = app.MapGroup("/api/program-suggestions").WithTags("Programs").RequireAuthorization(Roles.Coach);

        suggestions.MapGet("", async (int? page, int? pageSize, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSuggestions(user.Id, page ?? 1, pageSize ?? 20), ct)))
            .WithSummary("Programs to consider for the coach's clients, suggested by their Wheel of Life results; newest first, paged.")
            .ProducesValidationProblem();

        suggestions.MapPost("/{suggestionId:guid}/dismissal", async (Guid suggestionId, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DismissSuggestion(user.Id, suggestionId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Hides a suggestion from the coach's dashboard.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
