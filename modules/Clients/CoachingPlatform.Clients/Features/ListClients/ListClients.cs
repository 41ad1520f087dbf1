using CoachingPlatform.BuildingBlocks.Persistence;
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

/// <summary>
/// The list is read from two modules in five queries, so a page is kept (<see cref="ViewCache"/>) under the
/// versions of both modules' data: this module's relationships and the progress the Programs module answers.
/// A gratitude streak turning at a client's midnight shows within the cache's lifetime.
/// </summary>
internal sealed class ListClientsHandler(ClientsDbContext db, IMediator mediator, ViewCache cache, ClientsVersion relationships)
    : IRequestHandler<ListClients, IReadOnlyList<ClientView>>
{
    public async Task<IReadOnlyList<ClientView>> Handle(ListClients request, CancellationToken cancellationToken)
    {
        var key = new Key(request, relationships.Current, await mediator.Send(new GetProgressVersion(), cancellationToken));
        return await cache.GetOrReadAsync(key, () => ReadAsync(request, cancellationToken));
    }

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

    private sealed record Key(ListClients Request, long Relationships, long Progress);
}
