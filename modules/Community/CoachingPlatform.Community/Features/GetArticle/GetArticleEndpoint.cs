using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.GetArticle;

internal static class GetArticleEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/articles/{slug}", async (string slug, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetArticle(slug), ct)))
            .WithTags("Community")
            .WithSummary("One article by its slug; the body is plain text with line breaks.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
}
