using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// What the outbox, inbox and mail workers share: every module's store, this node's name for its claims,
/// the options and the clock. A failure in one module's store is logged and does not stop the others.
/// </summary>
public abstract class DeliveryWorker(IServiceScopeFactory scopes, IEnumerable<ModuleStore> stores, IOptions<DeliveryOptions> options, IOptions<AppOptions> app, TimeProvider clock)
{
    protected DeliveryOptions Options => options.Value;

    protected IServiceScopeFactory Scopes => scopes;

    protected IEnumerable<ModuleStore> Stores => stores;

    protected TimeProvider Clock => clock;

    protected string Node => app.Value.NodeName;

    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>One pass over every module; returns how many items it took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var taken = 0;
        foreach (var store in stores)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                taken += await RunAsync(scope.ServiceProvider, store.ContextType, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                StoreFailed(store.ContextType, ex);
            }
        }

        return taken;
    }

    /// <summary>Runs until a pass finds nothing due, so a backlog drains without waiting for the next poll.</summary>
    public virtual async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var pass = 0; pass < 1000; pass++)
        {
            var taken = await RunOnceAsync(cancellationToken);
            total += taken;
            if (taken == 0)
            {
                break;
            }
        }

        return total;
    }

    protected static IMessageStore StoreOf(IServiceProvider services, Type contextType) =>
        (IMessageStore)services.GetRequiredService(contextType);

    /// <summary>
    /// Saves what was done and gives back the claimed rows that were not reached (the host is stopping), so
    /// that another process or the restart takes them at once instead of after the lease.
    /// </summary>
    protected internal static async Task ReleaseUnfinishedAsync(IMessageStore store, IEnumerable<DeliveryItem> claimed)
    {
        foreach (var item in claimed.Where(i => i is { ProcessedAt: null, DeadAt: null, LockedBy: not null }))
        {
            item.Release();
        }

        await store.Context.SaveChangesAsync(CancellationToken.None);
    }

    protected abstract Task<int> RunAsync(IServiceProvider services, Type contextType, CancellationToken cancellationToken);

    protected abstract void StoreFailed(Type contextType, Exception exception);
}
