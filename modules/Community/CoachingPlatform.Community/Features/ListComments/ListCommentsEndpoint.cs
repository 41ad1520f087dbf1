using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.ListComments;

internal static class ListCommentsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/articles/{slug}/comments", async (string slug, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListComments(slug, page ?? 1, pageSize ?? ListComments.DefaultPageSize), ct)))
            .WithTags("Community")
            .WithSummary("An article's approved comments, oldest first; a reply names its parent comment.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
}
