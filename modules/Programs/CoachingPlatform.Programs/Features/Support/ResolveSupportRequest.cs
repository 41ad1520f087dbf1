using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Support;

/// <summary>
/// The coach has reached out: the flag on the dashboard goes away, the client sees the request handled with
/// the coach's short reply, and is mailed it (SupportRequestResolved through the outbox).
/// </summary>
internal sealed record ResolveSupportRequest(Guid CoachId, Guid ClientId, Guid RequestId, string? Reply) : IRequest<SupportRequestView>;

internal sealed class ResolveSupportRequestValidator : AbstractValidator<ResolveSupportRequest>
{
    public ResolveSupportRequestValidator() =>
        RuleFor(r => r.Reply).MaximumLength(SupportRequest.MaxReplyLength).WithName("Reply");
}

internal sealed class ResolveSupportRequestHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<ResolveSupportRequest, SupportRequestView>
{
    public async Task<SupportRequestView> Handle(ResolveSupportRequest request, CancellationToken cancellationToken)
    {
        var support = await db.SupportRequests
            .SingleOrDefaultAsync(s => s.Id == request.RequestId && s.CoachId == request.CoachId && s.ClientId == request.ClientId, cancellationToken)
            ?? throw new NotFoundException("support request", request.RequestId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (support.Resolve(request.Reply, now))
        {
            db.Outbox.Add(OutboxMessage.From(new SupportRequestResolved(support.Id, support.ClientId, support.CoachId, support.StepTitle, support.Reply, now), now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return SupportRequestView.From(support);
    }
}
