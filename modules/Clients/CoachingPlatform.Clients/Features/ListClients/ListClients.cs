using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Programs.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Features.ListClients;

internal sealed record ListClients(Guid CoachId, int Page, int PageSize) : IRequest<IReadOnlyList<ClientView>>;

internal sealed class ListClientsValidator : AbstractValidator<ListClients>
{
    public ListClientsValidator()
    {
        // Bounded so that the rows to skip, (page - 1) × pageSize, cannot overflow and wrap to the first page.
        RuleFor(r => r.Page).InclusiveBetween(1, 10_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, 200);
    }
}

internal sealed class ListClientsHandler(ClientsDbContext db, IMediator mediator, ClientListCache cache) : IRequestHandler<ListClients, IReadOnlyList<ClientView>>
{
    public async Task<IReadOnlyList<ClientView>> Handle(ListClients request, CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync(request, await mediator.Send(new GetProgressVersion(), cancellationToken), () => ReadAsync(request, cancellationToken));

    private async Task<IReadOnlyList<ClientView>> ReadAsync(ListClients request, CancellationToken cancellationToken)
    {
        var clients = await db.CoachClients.AsNoTracking()
            .Where(c => c.CoachId == request.CoachId)
            .OrderBy(c => c.DisplayName).ThenBy(c => c.ClientId)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(ClientRow.Select)
            .ToListAsync(cancellationToken);
        if (clients.Count == 0)
        {
            return [];
        }

        var progress = (await mediator.Send(new GetClientsProgress(request.CoachId, clients.Select(c => c.ClientId).ToList(), clients.ToDictionary(c => c.ClientId, c => c.SharedSince)), cancellationToken))
            .ToDictionary(p => p.ClientId);
        return clients.Select(c => ClientView.From(c, progress.GetValueOrDefault(c.ClientId))).ToList();
    }
}
