using CoachingPlatform.Assessments.Persistence;
using FluentValidation;
using MediatR;

namespace CoachingPlatform.Assessments.Features.History;

internal sealed record ListMyAssessments(Guid ClientId, int Page, int PageSize) : IRequest<IReadOnlyList<HistoryEntry>>;

internal sealed class ListMyAssessmentsValidator : AbstractValidator<ListMyAssessments>
{
    public ListMyAssessmentsValidator()
    {
        // Bounded so that the rows to skip cannot overflow and wrap to the first page.
        RuleFor(r => r.Page).InclusiveBetween(1, 100_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, ClientHistory.MaxPageSize);
    }
}

internal sealed class ListMyAssessmentsHandler(AssessmentsDbContext db) : IRequestHandler<ListMyAssessments, IReadOnlyList<HistoryEntry>>
{
    public Task<IReadOnlyList<HistoryEntry>> Handle(ListMyAssessments request, CancellationToken cancellationToken) =>
        db.PageAsync(request.ClientId, request.Page, request.PageSize, cancellationToken);
}
