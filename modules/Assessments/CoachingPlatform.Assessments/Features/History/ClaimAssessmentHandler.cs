using CoachingPlatform.Assessments.Contracts;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Assessments.Features.History;

internal sealed class ClaimAssessmentValidator : AbstractValidator<ClaimAssessment>
{
    public ClaimAssessmentValidator() =>
        RuleFor(r => r.Token).NotEmpty().MaximumLength(100).WithMessage("The claim link is incomplete.");
}

/// <summary>
/// The claimed result joins the client's history as if they had taken it signed in, so it raises
/// AssessmentCompleted too. An unknown or used token is a 404, never a hint that it once existed.
/// </summary>
internal sealed class ClaimAssessmentHandler(AssessmentsDbContext db, TimeProvider clock) : IRequestHandler<ClaimAssessment, Guid>
{
    public async Task<Guid> Handle(ClaimAssessment request, CancellationToken cancellationToken)
    {
        var hash = ClaimTokens.Hash(request.Token!);
        var assessment = await db.WheelOfLifeAssessments.Include(a => a.Scores)
            .SingleOrDefaultAsync(a => a.ClaimTokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("claim", Guid.Empty);

        var now = clock.GetUtcNow().UtcDateTime;
        assessment.Claim(request.ClientId, request.Token!, now);
        var summary = assessment.Summary();
        db.Outbox.Add(OutboxMessage.From(
            new AssessmentCompleted(assessment.Id, request.ClientId, summary.Average, summary.Strengths, summary.GrowthAreas, assessment.TakenAt), now));
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Id;
    }
}
