using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Clients.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Features.GetAssessment;

/// <summary>A stored result; <paramref name="CallerId"/> is the signed-in caller, null for a visitor.</summary>
internal sealed record GetAssessment(Guid Id, Guid? CallerId) : IRequest<AssessmentResult>;

internal sealed record AssessmentResult(
    Guid Id,
    DateTime TakenAt,
    double Average,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> GrowthAreas,
    IReadOnlyDictionary<string, int> Scores,
    IReadOnlyList<AssessmentGoalResult> Goals);

internal sealed record AssessmentGoalResult(string Area, string Text);

internal sealed class GetAssessmentHandler(AssessmentsDbContext db, IMediator mediator) : IRequestHandler<GetAssessment, AssessmentResult>
{
    public async Task<AssessmentResult> Handle(GetAssessment request, CancellationToken cancellationToken)
    {
        var row = await db.WheelOfLifeAssessments.AsNoTracking()
            .Where(a => a.Id == request.Id)
            .Select(a => new
            {
                a.OwnerId,
                a.TakenAt,
                Scores = a.Scores.Select(s => new { s.Area, s.Score }).ToList(),
                Goals = a.Goals.OrderBy(g => g.Position).Select(g => new AssessmentGoalResult(g.Area, g.Text)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        // Someone else's result answers exactly like a missing one; the owner's coach may read it.
        if (row is null || !(WheelOfLifeAssessment.IsReadableBy(row.OwnerId, request.CallerId) || await IsOwnersCoachAsync(row.OwnerId, row.TakenAt, request.CallerId, cancellationToken)))
        {
            throw new NotFoundException("assessment", request.Id);
        }

        var byArea = row.Scores.ToDictionary(s => s.Area, s => s.Score);
        var summary = WheelOfLifeScoring.Score(byArea);
        var scores = LifeAreas.All.ToDictionary(a => a.Key, a => byArea[a.Key]);
        return new AssessmentResult(request.Id, row.TakenAt, summary.Average, summary.Strengths, summary.GrowthAreas, scores, row.Goals);
    }

    /// <summary>A coach reads only what the client took since their relationship began.</summary>
    private async Task<bool> IsOwnersCoachAsync(Guid? ownerId, DateTime takenAt, Guid? callerId, CancellationToken ct) =>
        ownerId is { } owner && callerId is { } caller
        && await mediator.Send(new GetCoachClient(caller, owner), ct) is { } relationship && takenAt >= relationship.SharedSince;
}
