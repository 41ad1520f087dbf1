using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>A module's outbox and inbox, kept in the module's own DbContext and schema.</summary>
public interface IMessageStore
{
    DbSet<OutboxMessage> Outbox { get; }

    DbSet<InboxMessage> Inbox { get; }

    DbContext Context { get; }
}
