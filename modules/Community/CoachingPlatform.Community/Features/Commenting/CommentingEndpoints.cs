using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Community.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Community.Features.Commenting;

internal static class CommentingEndpoints
{
    /// <summary><paramref name="Website"/> is the honeypot: people never see the field, robots fill it in.</summary>
    public sealed record CommentBody(string? AuthorName, string? Email, string? Body, Guid? ParentId, string? Website);

    public sealed record ReportBody(string? Reason);

    public static void Map(IEndpointRouteBuilder app)
    {
        var writes = app.MapGroup("/api").WithTags("Community").AllowAnonymous().RequireRateLimiting(RateLimits.CommunityWrite);

        writes.MapPost("/articles/{slug}/comments", async (string slug, CommentBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var submitted = await mediator.Send(new SubmitComment(slug, body?.ParentId, body?.AuthorName, body?.Email, body?.Body,
                    body?.Website, TimeOnPage: null, Address(http)), ct);
                return TypedResults.Accepted((string?)null, submitted);
            })
            .WithSummary("Posts a comment or a reply; it awaits moderation unless the author is a trusted returning commenter.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        writes.MapPost("/comments/{commentId:guid}/reports", async (Guid commentId, ReportBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReportComment(commentId, body?.Reason, Address(http)), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Reports a comment to the moderators; enough reports hide it until an admin decides again.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
