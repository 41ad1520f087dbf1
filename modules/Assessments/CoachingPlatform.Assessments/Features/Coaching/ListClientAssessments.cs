using CoachingPlatform.Assessments.Features.History;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Clients.Contracts;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Assessments.Features.Coaching;

/// <summary>A client's history as their coach sees it; anyone else's client is a 404.</summary>
internal sealed record ListClientAssessments(Guid CoachId, Guid ClientId, int Page, int PageSize) : IRequest<IReadOnlyList<HistoryEntry>>;

internal sealed class ListClientAssessmentsValidator : AbstractValidator<ListClientAssessments>
{
    public ListClientAssessmentsValidator()
    {
        RuleFor(r => r.Page).InclusiveBetween(1, 100_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ClientHistory.MaxPageSize);
    }
}

internal sealed class ListClientAssessmentsHandler(AssessmentsDbContext db, IMediator mediator) : IRequestHandler<ListClientAssessments, IReadOnlyList<HistoryEntry>>
{
    public async Task<IReadOnlyList<HistoryEntry>> Handle(ListClientAssessments request, CancellationToken cancellationToken)
    {
        _ = await mediator.Send(new GetCoachClient(request.CoachId, request.ClientId), cancellationToken)
            ?? throw new NotFoundException("client", request.ClientId);
        return await db.PageAsync(request.ClientId, request.Page, request.PageSize, cancellationToken);
    }
}
