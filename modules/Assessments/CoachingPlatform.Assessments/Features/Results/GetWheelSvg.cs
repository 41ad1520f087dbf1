using System.Globalization;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Drawing;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Errors;
using MediatR;

namespace CoachingPlatform.Assessments.Features.Results;

/// <summary>
/// The wheel drawn. <paramref name="CompareId"/> overlays the outline of another result of the same
/// person; anything else under that id (someone else's, an anonymous one) answers 404 like a missing one.
/// </summary>
internal sealed record GetWheelSvg(Guid Id, Guid? CallerId, Guid? CompareId) : IRequest<string>;

internal sealed class GetWheelSvgHandler(AssessmentsDbContext db, IMediator mediator) : IRequestHandler<GetWheelSvg, string>
{
    public async Task<string> Handle(GetWheelSvg request, CancellationToken cancellationToken)
    {
        var snapshot = await db.ReadableAsync(mediator, request.Id, request.CallerId, cancellationToken);
        Snapshot? earlier = null;
        if (request.CompareId is { } compareId)
        {
            earlier = await db.ReadableAsync(mediator, compareId, request.CallerId, cancellationToken);
            if (earlier.OwnerId is null || earlier.OwnerId != snapshot.OwnerId)
            {
                throw new NotFoundException("assessment", compareId);
            }
        }

        var spokes = LifeAreas.All.Select(a => new WheelSpoke(a.Key, a.Name, snapshot.Scores[a.Key], earlier?.Scores[a.Key])).ToList();
        var title = $"Wheel of Life, {Day(snapshot.TakenAt)}";
        return WheelDrawing.Draw(spokes, title, earlier is null ? null : $"the result of {Day(earlier.TakenAt)}");
    }

    private static string Day(DateTime at) => at.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
