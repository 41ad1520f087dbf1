using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>One event, consumer run or mail that exhausted its retries.</summary>
public sealed record DeadLetter(string Kind, Guid Id, string Module, string Description, int Attempts, string? Error, DateTime DeadAt);

/// <summary>
/// The dead letters of every module's outbox ("event"), inbox ("message") and mail queue ("mail"), and of the
/// other sources (a failed backup: "backup"), newest first; an admin retries one (a fresh set of attempts)
/// or discards it.
/// </summary>
public sealed class DeadLetters(IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, IEnumerable<IDeadLetterSource> sources, TimeProvider clock)
{
    public const int PageSize = 50;
    public static readonly string[] Kinds = ["event", "message", "mail"];

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int page, CancellationToken cancellationToken)
    {
        var take = (page + 1) * PageSize;
        var all = new List<DeadLetter>();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in stores)
        {
            var store = (IMessageStore)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var name = ModuleName(module.ContextType);
            all.AddRange((await Dead(store.Outbox).Take(take).ToListAsync(cancellationToken))
                .Select(m => new DeadLetter("event", m.Id, name, ShortType(m.Type), m.Attempts, m.Error, m.DeadAt!.Value)));
            all.AddRange((await Dead(store.Inbox).Take(take).ToListAsync(cancellationToken))
                .Select(m => new DeadLetter("message", m.Id, name, $"{ShortType(m.Type)} for {m.Consumer[(m.Consumer.LastIndexOf('.') + 1)..]}", m.Attempts, m.Error, m.DeadAt!.Value)));
            all.AddRange((await Dead(store.Mail).Take(take).ToListAsync(cancellationToken))
                .Select(m => new DeadLetter("mail", m.Id, name, $"\"{m.Subject}\" to {m.To}", m.Attempts, m.Error, m.DeadAt!.Value)));
        }

        foreach (var source in sources)
        {
            all.AddRange(await source.ListAsync(take, cancellationToken));
        }

        return all.OrderByDescending(d => d.DeadAt).ThenBy(d => d.Id).Skip(page * PageSize).Take(PageSize).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in stores)
        {
            var store = (IMessageStore)scope.ServiceProvider.GetRequiredService(module.ContextType);
            count += await Dead(store.Outbox).CountAsync(cancellationToken)
                + await Dead(store.Inbox).CountAsync(cancellationToken)
                + await Dead(store.Mail).CountAsync(cancellationToken);
        }

        foreach (var source in sources)
        {
            count += await source.CountAsync(cancellationToken);
        }

        return count;
    }

    public async Task RetryAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (sources.FirstOrDefault(s => s.Kind == kind) is { } source)
        {
            if (!await source.RetryAsync(id, cancellationToken))
            {
                throw new NotFoundException("dead letter", id);
            }

            return;
        }

        await ChangeAsync(kind, id, item => item.Retry(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public async Task DiscardAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (sources.FirstOrDefault(s => s.Kind == kind) is { } source)
        {
            if (!await source.DiscardAsync(id, cancellationToken))
            {
                throw new NotFoundException("dead letter", id);
            }

            return;
        }

        await ChangeAsync(kind, id, item => item.Discard(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    private async Task ChangeAsync(string kind, Guid id, Action<DeliveryItem> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in stores)
        {
            var store = (IMessageStore)scope.ServiceProvider.GetRequiredService(module.ContextType);
            DeliveryItem? item = kind switch
            {
                "event" => await Dead(store.Outbox).SingleOrDefaultAsync(m => m.Id == id, cancellationToken),
                "message" => await Dead(store.Inbox).SingleOrDefaultAsync(m => m.Id == id, cancellationToken),
                "mail" => await Dead(store.Mail).SingleOrDefaultAsync(m => m.Id == id, cancellationToken),
                _ => throw new NotFoundException("dead letter kind", kind),
            };
            if (item is not null)
            {
                change(item);
                await store.Context.SaveChangesAsync(cancellationToken);
                return;
            }
        }

        throw new NotFoundException("dead letter", id);
    }

    private static IQueryable<T> Dead<T>(DbSet<T> rows)
        where T : DeliveryItem => rows.Where(r => r.DeadAt != null && r.DiscardedAt == null).OrderByDescending(r => r.DeadAt);

    private static string ModuleName(Type contextType) => contextType.Name.Replace("DbContext", "", StringComparison.Ordinal);

    private static string ShortType(string typeName)
    {
        var name = typeName.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
