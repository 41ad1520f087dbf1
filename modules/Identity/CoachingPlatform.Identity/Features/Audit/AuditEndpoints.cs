using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Identity.Features.Audit;

internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAudit(page ?? 1, pageSize ?? 50), ct)))
            .WithTags("Identity")
            .WithSummary("The audit log of changes coaches and admins made, newest first.")
            .ProducesValidationProblem()
            .RequireAuthorization(Roles.Admin);
}
