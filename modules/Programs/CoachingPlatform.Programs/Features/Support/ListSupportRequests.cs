using CoachingPlatform.Programs.Domain;
using CoachingPlatform.Programs.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Programs.Features.Support;

/// <summary>A client's requests for more support, newest first, as their coach sees them.</summary>
internal sealed record ListSupportRequests(Guid CoachId, Guid ClientId, int Page = 1, int PageSize = 50) : IRequest<IReadOnlyList<SupportRequestView>>;

/// <summary>The client's own requests, to every coach, with whether and how each was answered.</summary>
internal sealed record ListMySupportRequests(Guid ClientId, int Page = 1, int PageSize = 50) : IRequest<IReadOnlyList<SupportRequestView>>;

internal sealed record SupportRequestView(Guid Id, Guid AssignmentId, string? StepTitle, string? Message, DateTime RequestedAt, DateTime? ResolvedAt, string? Reply)
{
    public static SupportRequestView From(SupportRequest s) => new(s.Id, s.AssignmentId, s.StepTitle, s.Message, s.RequestedAt, s.ResolvedAt, s.Reply);
}

internal sealed class ListSupportRequestsValidator : AbstractValidator<ListSupportRequests>
{
    public ListSupportRequestsValidator()
    {
        RuleFor(r => r.Page).InclusiveBetween(1, 10_000).WithName("page");
        RuleFor(r => r.PageSize).InclusiveBetween(1, 200).WithName("pageSize");
    }
}

internal sealed class ListMySupportRequestsValidator : AbstractValidator<ListMySupportRequests>
{
    public ListMySupportRequestsValidator()
    {
        RuleFor(r => r.Page).InclusiveBetween(1, 10_000).WithName("page");
        RuleFor(r => r.PageSize).InclusiveBetween(1, 200).WithName("pageSize");
    }
}

internal sealed class ListSupportRequestsHandler(ProgramsDbContext db, IMediator mediator) : IRequestHandler<ListSupportRequests, IReadOnlyList<SupportRequestView>>
{
    public async Task<IReadOnlyList<SupportRequestView>> Handle(ListSupportRequests request, CancellationToken cancellationToken)
    {
        await mediator.EnsureCoachClientAsync(request.CoachId, request.ClientId, cancellationToken);
        return await db.SupportRequests.AsNoTracking()
            .Where(s => s.CoachId == request.CoachId && s.ClientId == request.ClientId)
            .OrderByDescending(s => s.RequestedAt).ThenByDescending(s => s.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(s => new SupportRequestView(s.Id, s.AssignmentId, s.StepTitle, s.Message, s.RequestedAt, s.ResolvedAt, s.Reply))
            .ToListAsync(cancellationToken);
    }
}

internal sealed class ListMySupportRequestsHandler(ProgramsDbContext db) : IRequestHandler<ListMySupportRequests, IReadOnlyList<SupportRequestView>>
{
    public async Task<IReadOnlyList<SupportRequestView>> Handle(ListMySupportRequests request, CancellationToken cancellationToken) =>
        await db.SupportRequests.AsNoTracking()
            .Where(s => s.ClientId == request.ClientId)
            .OrderByDescending(s => s.RequestedAt).ThenByDescending(s => s.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(s => new SupportRequestView(s.Id, s.AssignmentId, s.StepTitle, s.Message, s.RequestedAt, s.ResolvedAt, s.Reply))
            .ToListAsync(cancellationToken);
}
