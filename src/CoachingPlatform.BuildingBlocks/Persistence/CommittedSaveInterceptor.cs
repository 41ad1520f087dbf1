using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Acts on what a save changed once other requests can see it: right after the save, or, inside an explicit
/// transaction, when that transaction commits (a rollback drops it; several saves in one transaction add up).
/// A derived interceptor says what a save's work is (<see cref="WorkOf"/>, read before the save runs), may act
/// as the save starts (<see cref="Starting"/>), and acts once it is visible (<see cref="Visible"/>).
/// </summary>
public abstract class CommittedSaveInterceptor<TWork> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TWork : class
{
    private readonly ConditionalWeakTable<DbContext, TWork> saving = [];
    private readonly ConditionalWeakTable<DbContext, List<TWork>> awaitingCommit = [];

    /// <summary>The work of the save about to run, or null when it has none.</summary>
    protected abstract TWork? WorkOf(DbContext context);

    protected virtual void Starting(TWork work)
    {
    }

    protected abstract void Visible(TWork work);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Begin(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Begin(eventData.Context);
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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Begin(DbContext? context)
    {
        if (context is not null && WorkOf(context) is { } work)
        {
            Starting(work);
            saving.AddOrUpdate(context, work);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !saving.TryGetValue(context, out var work))
        {
            return;
        }

        saving.Remove(context);
        if (context.Database.CurrentTransaction is null)
        {
            Visible(work);
        }
        else
        {
            awaitingCommit.GetOrCreateValue(context).Add(work);
        }
    }

    private void Failed(DbContext? context)
    {
        if (context is not null)
        {
            saving.Remove(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && awaitingCommit.TryGetValue(context, out var works))
        {
            awaitingCommit.Remove(context);
            foreach (var work in works)
            {
                Visible(work);
            }
        }
    }

    private void RolledBack(DbContext? context)
    {
        if (context is not null)
        {
            awaitingCommit.Remove(context);
        }
    }
}
