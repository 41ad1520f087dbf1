using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Subscriptions.Features.Digests;

internal static class DigestsEndpoints
{
    public sealed record Enqueued(string JobId);

    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/digests").WithTags("Subscriptions").RequireAuthorization(Roles.Admin);

        admin.MapPost("/{frequency}/run", async Task<Results<Accepted<Enqueued>, NotFound>> (string frequency, IMediator mediator, CancellationToken ct) =>
                DigestFrequencies.TryParse(frequency, out _)
                    ? TypedResults.Accepted((string?)null, new Enqueued(await mediator.Send(new EnqueueDigestRun(frequency), ct)))
                    : TypedResults.NotFound())
            .WithSummary("Enqueues now the digest job the schedule runs (weekly or daily); the edition's ledger keeps it from mailing anyone twice.");

        // A literal segment outranks {frequency}, so this route is never read as a frequency named "coaches".
        admin.MapPost("/coaches/run", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, new Enqueued(await mediator.Send(new EnqueueCoachDigestRun(), ct))))
            .WithSummary("Enqueues now the coaches' weekly progress digest job the schedule runs; its ledger mails each coach once a week.");

        admin.MapGet("", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDigestRuns(page ?? 1, pageSize ?? 20), ct)))
            .WithSummary("Recent digest runs of both kinds (kind newsletter or coaches), newest first: recipients, sent, failed, progress and duration.")
            .ProducesValidationProblem();
    }
}
