using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Features.Practice;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Support;

/// <summary>
/// "I need more support": recorded and flagged for the coach, who is mailed at once (SupportRequested
/// through the outbox). The answer carries the line pointing to local help: this is not a crisis service.
/// </summary>
internal sealed record RequestSupport(Guid ClientId, Guid? AssignmentId, Guid? StepId, string? Message) : IRequest<SupportRequested>;

internal sealed class RequestSupportValidator : AbstractValidator<RequestSupport>
{
    public RequestSupportValidator()
    {
        RuleFor(r => r.AssignmentId).NotEqual(Guid.Empty).WithName("Program");
        RuleFor(r => r.Message).MaximumLength(SupportRequest.MaxMessageLength).WithName("Message");
    }
}

internal sealed class RequestSupportHandler(ProgramsDbContext db, TimeProvider clock) : IRequestHandler<RequestSupport, SupportRequested>
{
    public async Task<SupportRequested> Handle(RequestSupport request, CancellationToken cancellationToken)
    {
        // From a page that is not about one program, the request goes to the coach of the latest assignment.
        var assignment = request.AssignmentId is { } assignmentId
            ? await db.AssignmentOfClientAsync(request.ClientId, assignmentId, cancellationToken)
            : await db.Assignments.Where(a => a.ClientId == request.ClientId).OrderByDescending(a => a.AssignedAt).FirstOrDefaultAsync(cancellationToken)
              ?? throw new ConflictException("You have no coach here yet: a coach who assigns you a program can be asked for support.");
        ProgramStep? step = null;
        if (request.StepId is { } stepId)
        {
            step = (await db.StepsOfAsync(assignment.ProgramId, cancellationToken)).SingleOrDefault(s => s.Id == stepId)
                ?? throw new NotFoundException("step", stepId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var support = SupportRequest.Raise(assignment, step, request.Message, now);
        db.SupportRequests.Add(support);
        var raised = new SupportRequested(support.Id, support.ClientId, support.CoachId, support.AssignmentId, support.StepTitle, support.Message, now);
        db.Outbox.Add(OutboxMessage.From(raised, now));
        await db.SaveWithClientActivityAsync(request.ClientId, now, cancellationToken);
        return raised;
    }
}
