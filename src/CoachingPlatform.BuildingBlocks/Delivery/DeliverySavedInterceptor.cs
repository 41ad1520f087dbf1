using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Wakes the workers once a save that added outbox or inbox messages, or mails, has committed: right after
/// the save, or, inside an explicit transaction, when that transaction commits (before, they cannot see them).
/// </summary>
internal sealed class DeliverySavedInterceptor(DeliverySignals signals) : CommittedSaveInterceptor<DeliverySavedInterceptor.Work>
{
    protected override Work? WorkOf(DbContext context)
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

        return events || mail ? new Work(events, mail) : null;
    }

    protected override void Visible(Work work)
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

    internal sealed record Work(bool Events, bool Mail);
}
