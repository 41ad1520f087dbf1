using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Support;

internal sealed record ListSupportRequests(Guid CoachId, Guid ClientId) : IRequest<IReadOnlyList<SupportRequestView>>;

internal sealed record SupportRequestView(Guid Id, Guid AssignmentId, string? StepTitle, string? Message, DateTime RequestedAt, DateTime? ResolvedAt);

internal sealed class ListSupportRequestsHandler(ProgramsDbContext db, IMediator mediator) : IRequestHandler<ListSupportRequests, IReadOnlyList<SupportRequestView>>
{
    public async Task<IReadOnlyList<SupportRequestView>> Handle(ListSupportRequests request, CancellationToken cancellationToken)
    {
        await mediator.EnsureCoachClientAsync(request.CoachId, request.ClientId, cancellationToken);
        return await db.SupportRequests.AsNoTracking()
            .Where(s => s.CoachId == request.CoachId && s.ClientId == request.ClientId)
            .OrderByDescending(s => s.RequestedAt)
            .Take(100)
            .Select(s => new SupportRequestView(s.Id, s.AssignmentId, s.StepTitle, s.Message, s.RequestedAt, s.ResolvedAt))
            .ToListAsync(cancellationToken);
    }
}
