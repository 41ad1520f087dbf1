using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Security;

namespace CoachingPlatform.Web.Composition;

/// <summary>Dead letters of every module, for admins: list, retry, discard.</summary>
internal static class DeliveryEndpoints
{
    private const string Kind = "{kind:regex(^(event|message|mail|backup)$)}";

    public static IEndpointRouteBuilder MapDeliveries(this IEndpointRouteBuilder app)
    {
        var deliveries = app.MapGroup("/api/admin/deliveries").WithTags("Deliveries").RequireAuthorization(Roles.Admin);

        deliveries.MapGet("", async (DeadLetters deadLetters, CancellationToken ct, int page = 0) =>
                page < 0
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["The page is 0 or more."] })
                    : Results.Ok(await deadLetters.ListAsync(page, ct)))
            .WithSummary("Dead letters: events, consumer runs and mails that exhausted their retries, newest first, 50 a page.")
            .Produces<IReadOnlyList<DeadLetter>>()
            .ProducesValidationProblem();

        deliveries.MapPost($"/{Kind}/{{id:guid}}/retry", async (string kind, Guid id, DeadLetters deadLetters, CancellationToken ct) =>
            {
                await deadLetters.RetryAsync(kind, id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Gives a dead letter a fresh set of attempts, due now.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        deliveries.MapPost($"/{Kind}/{{id:guid}}/discard", async (string kind, Guid id, DeadLetters deadLetters, CancellationToken ct) =>
            {
                await deadLetters.DiscardAsync(kind, id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Sets a dead letter aside for good; it stays recorded but is no longer listed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
