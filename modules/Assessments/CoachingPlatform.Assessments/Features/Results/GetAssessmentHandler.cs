using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using MediatR;

namespace CoachingPlatform.Assessments.Features.Results;

internal sealed class GetAssessmentHandler(AssessmentsDbContext db, IMediator mediator) : IRequestHandler<GetAssessment, AssessmentResult>
{
    public async Task<AssessmentResult> Handle(GetAssessment request, CancellationToken cancellationToken)
    {
        var snapshot = await db.ReadableAsync(mediator, request.Id, request.CallerId, cancellationToken);
        var previous = await db.PreviousAsync(snapshot, cancellationToken);
        var summary = WheelOfLifeScoring.Score(snapshot.Scores);
        var scores = LifeAreas.All.ToDictionary(a => a.Key, a => snapshot.Scores[a.Key]);
        var areas = LifeAreas.All
            .Select(a => new AreaResult(a.Key, a.Name, snapshot.Scores[a.Key], snapshot.Notes.GetValueOrDefault(a.Key), previous?.Scores.GetValueOrDefault(a.Key)))
            .ToList();
        var balance = new BalanceView(summary.Balance.Spread, summary.Balance.Level, summary.Balance.Explanation);
        var canEdit = snapshot.OwnerId is null || snapshot.OwnerId == request.CallerId;
        return new AssessmentResult(
            snapshot.Id, snapshot.TakenAt, snapshot.OwnerId is null, summary.Average, balance, summary.Strengths, summary.GrowthAreas,
            scores, areas, snapshot.Goals, previous?.Id, canEdit);
    }
}
