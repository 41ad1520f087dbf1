using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Community.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.Reading;

internal static class ReadingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Community").AllowAnonymous();

        articles.MapGet("", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPublishedArticles(page ?? 1, pageSize ?? ListPublishedArticles.DefaultPageSize), ct)))
            .WithSummary("Published articles, newest first, with their number of visible comments.")
            .ProducesValidationProblem();

        articles.MapGet("/{slug}", async (string slug, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetArticle(slug, IncludeDrafts: user.IsInRole(Roles.Admin)), ct)))
            .WithSummary("One article: its Markdown body and the sanitized HTML it renders to. Drafts are found by admins only.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        articles.MapGet("/{slug}/comments", async (string slug, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListComments(slug, page ?? 1, pageSize ?? ListComments.DefaultPageSize), ct)))
            .WithSummary("An article's approved comments, oldest first; a reply names its parent comment. Never an email.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
