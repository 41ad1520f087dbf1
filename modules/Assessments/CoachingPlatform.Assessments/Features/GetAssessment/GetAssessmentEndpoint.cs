using CoachingPlatform.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoachingPlatform.Assessments.Features.GetAssessment;

internal static class GetAssessmentEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/assessments/{id:guid}", async (Guid id, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssessment(id, user.IsSignedIn ? user.Id : null), ct)))
            .WithTags("Assessments")
            .WithSummary("A stored Wheel of Life result: for its owner and their coach, or an anonymous one for whoever holds its id.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
}
