using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.ListArticles;

internal static class ListArticlesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/articles", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListArticles(page ?? 1, pageSize ?? ListArticles.DefaultPageSize), ct)))
            .WithTags("Community")
            .WithSummary("Published articles, newest first, with their number of approved comments.")
            .ProducesValidationProblem()
            .AllowAnonymous();
}
