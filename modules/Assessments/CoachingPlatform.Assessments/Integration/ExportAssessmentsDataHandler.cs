using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Integration;

internal sealed class ExportAssessmentsDataHandler(AssessmentsDbContext db) : IRequestHandler<ExportAssessmentsData, IReadOnlyList<AssessmentExport>>
{
    public async Task<IReadOnlyList<AssessmentExport>> Handle(ExportAssessmentsData request, CancellationToken cancellationToken)
    {
        var results = await db.WheelOfLifeAssessments.AsNoTracking().Include(a => a.Scores).Include(a => a.Goals)
            .Where(a => a.OwnerId == request.OwnerId)
            .OrderBy(a => a.TakenAt)
            .ToListAsync(cancellationToken);
        return results.Select(a => new AssessmentExport(a.Id, a.TakenAt,
                a.Scores.ToDictionary(s => s.Area, s => s.Score),
                a.Goals.OrderBy(g => g.Position).Select(g => new AssessmentGoalExport(g.Area, g.Text)).ToList()))
            .ToList();
    }
}
