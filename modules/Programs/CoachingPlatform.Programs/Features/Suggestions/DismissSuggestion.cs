using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Suggestions;

internal sealed record DismissSuggestion(Guid CoachId, Guid SuggestionId) : IRequest;

internal sealed class DismissSuggestionHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<DismissSuggestion, Unit>
{
    public async Task<Unit> Handle(DismissSuggestion request, CancellationToken cancellationToken)
    {
        var suggestion = await db.Suggestions.SingleOrDefaultAsync(s => s.Id == request.SuggestionId, cancellationToken)
            ?? throw new NotFoundException("suggestion", request.SuggestionId);
        suggestion.Dismiss(request.CoachId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
