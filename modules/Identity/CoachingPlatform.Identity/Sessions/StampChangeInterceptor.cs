using System.Data.Common;
using System.Runtime.CompilerServices;
using CoachingPlatform.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachingPlatform.Identity.Sessions;

/// <summary>
/// Makes the <see cref="StampCache"/> forget every account a save changes or deletes: when the save starts,
/// when it has run and, inside an explicit transaction, when that commits (only then do other requests read
/// the new stamp). Forgetting more often than needed costs one database read; forgetting too early would
/// let a request keep the old stamp, hence the last forget after the commit.
/// </summary>
internal sealed class StampChangeInterceptor(StampCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Guid>> saving = [];
    private readonly ConditionalWeakTable<DbContext, List<Guid>> awaitingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        List<Guid>? accounts = null;
        foreach (var entry in context.ChangeTracker.Entries<AppUser>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                (accounts ??= []).Add(entry.Entity.Id);
            }
        }

        if (accounts is not null)
        {
            cache.Forget(accounts);
            saving.AddOrUpdate(context, accounts);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !saving.TryGetValue(context, out var accounts))
        {
            return;
        }

        saving.Remove(context);
        cache.Forget(accounts);
        if (context.Database.CurrentTransaction is not null)
        {
            var pending = awaitingCommit.TryGetValue(context, out var earlier) ? earlier : [];
            pending.AddRange(accounts);
            awaitingCommit.AddOrUpdate(context, pending);
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && awaitingCommit.TryGetValue(context, out var accounts))
        {
            awaitingCommit.Remove(context);
            cache.Forget(accounts);
        }
    }
}
