using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Wakes the workers once a save that added outbox or inbox messages, or mails, has committed: right after
/// the save, or, inside an explicit transaction, when that transaction commits (before, they cannot see them).
/// </summary>
internal sealed class DeliverySavedInterceptor(DeliverySignals signals) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Work> saving = [];
    private readonly ConditionalWeakTable<DbContext, Work> awaitingCommit = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var work = WorkOf(context);
            if (work.Events || work.Mail)
            {
                saving.AddOrUpdate(context, work);
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && saving.TryGetValue(context, out var work))
        {
            saving.Remove(context);
            if (context.Database.CurrentTransaction is null)
            {
                Notify(work);
            }
            else
            {
                awaitingCommit.AddOrUpdate(context, work);
            }
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            saving.Remove(context);
        }

        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && awaitingCommit.TryGetValue(context, out var work))
        {
            awaitingCommit.Remove(context);
            Notify(work);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            awaitingCommit.Remove(context);
        }
    }

    private static Work WorkOf(DbContext context)
    {
        bool events = false, mail = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                events |= entry.Entity is OutboxMessage or InboxMessage;
                mail |= entry.Entity is OutgoingMail;
            }
        }

        return new Work(events, mail);
    }

    private void Notify(Work work)
    {
        if (work.Events)
        {
            signals.Events.Notify();
        }

        if (work.Mail)
        {
            signals.Mail.Notify();
        }
    }

    private sealed record Work(bool Events, bool Mail);
}
