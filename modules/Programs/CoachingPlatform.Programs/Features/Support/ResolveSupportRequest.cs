using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Support;

/// <summary>The coach has reached out: the flag on the dashboard goes away.</summary>
internal sealed record ResolveSupportRequest(Guid CoachId, Guid ClientId, Guid RequestId) : IRequest<SupportRequestView>;

internal sealed class ResolveSupportRequestHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<ResolveSupportRequest, SupportRequestView>
{
    public async Task<SupportRequestView> Handle(ResolveSupportRequest request, CancellationToken cancellationToken)
    {
        var support = await db.SupportRequests
            .SingleOrDefaultAsync(s => s.Id == request.RequestId && s.CoachId == request.CoachId && s.ClientId == request.ClientId, cancellationToken)
            ?? throw new NotFoundException("support request", request.RequestId);
        support.Resolve(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new SupportRequestView(support.Id, support.AssignmentId, support.StepTitle, support.Message, support.RequestedAt, support.ResolvedAt);
    }
}
