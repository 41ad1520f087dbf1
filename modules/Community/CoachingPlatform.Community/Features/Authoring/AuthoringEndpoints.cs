using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Community.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.Authoring;

internal static class AuthoringEndpoints
{
    public sealed record NewArticleBody(string? Title, string? Body, bool? Draft);

    public sealed record ArticleBody(string? Title, string? Body, bool? Published);

    public sealed record PreviewBody(string? Body);

    public sealed record PreviewView(string Html);

    public static void Map(IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Articles").RequireAuthorization(Roles.Admin);

        articles.MapPost("", async (NewArticleBody? body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateArticle(body?.Title, body?.Body, body?.Draft ?? false), ct);
                return TypedResults.Created($"/api/articles/{created.Slug}", created);
            })
            .WithSummary("Writes an article, published at once unless draft is true; the slug comes from the title and is unique.")
            .ProducesValidationProblem();

        articles.MapPut("/{slug}", async (string slug, ArticleBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviseArticle(slug, body?.Title, body?.Body, body?.Published ?? false), ct)))
            .WithSummary("Edits an article and publishes (published: true) or unpublishes it; the slug stays.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = app.MapGroup("/api/admin/articles").WithTags("Articles").RequireAuthorization(Roles.Admin);

        admin.MapGet("", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListArticlesForEditing(page ?? 1, pageSize ?? ListArticlesForEditing.DefaultPageSize), ct)))
            .WithSummary("Every article, drafts included, most recently changed first.")
            .ProducesValidationProblem();

        admin.MapPost("/preview", async (PreviewBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new PreviewView(await mediator.Send(new RenderMarkdown(body?.Body!), ct))))
            .WithSummary("Markdown rendered and sanitized exactly as the article page would show it.")
            .ProducesValidationProblem();
    }
}
