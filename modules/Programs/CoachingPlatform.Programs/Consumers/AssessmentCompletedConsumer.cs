using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>
/// When a client's wheel shows relationship areas (partner, family and friends) among its growth areas
/// and the client has no program under way, each of their coaches sees a suggestion to assign the
/// built-in "Rebuilding Trust After a Breakup or Betrayal".
/// </summary>
internal sealed class AssessmentCompletedConsumer(ProgramsDbContext db, IMediator mediator, TimeProvider clock)
    : InboxConsumer<AssessmentCompleted>
{
    protected override async Task HandleAsync(AssessmentCompleted message, CancellationToken cancellationToken)
    {
        if (!message.GrowthAreas.Intersect(LifeAreaKeys.RelationshipAreas).Any()
            || await db.Assignments.AnyAsync(a => a.ClientId == message.ClientId && a.CompletedAt == null, cancellationToken))
        {
            return;
        }

        var programId = await db.Programs.Where(p => p.BuiltInKey == BuiltInPrograms.RebuildingTrustKey).Select(p => p.Id).SingleAsync(cancellationToken);
        var coaches = await mediator.Send(new GetClientCoaches(message.ClientId), cancellationToken);
        var open = await db.Suggestions
            .Where(s => s.ClientId == message.ClientId && s.DismissedAt == null && coaches.Contains(s.CoachId))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var coachId in coaches)
        {
            if (open.FirstOrDefault(s => s.CoachId == coachId) is { } existing)
            {
                existing.Refresh(message.AssessmentId, message.GrowthAreas, message.TakenAt, now);
            }
            else
            {
                db.Suggestions.Add(ProgramSuggestion.Suggest(
                    coachId, message.ClientId, programId, message.AssessmentId, message.GrowthAreas, message.TakenAt, now));
            }
        }
    }
}
