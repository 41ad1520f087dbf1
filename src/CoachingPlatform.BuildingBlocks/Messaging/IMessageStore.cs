using CoachingPlatform.BuildingBlocks.Email;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Messaging;

/// <summary>A module's outbox, inbox and mail queue, kept in the module's own DbContext and schema.</summary>
public interface IMessageStore
{
    DbSet<OutboxMessage> Outbox { get; }

    DbSet<InboxMessage> Inbox { get; }

    DbSet<OutgoingMail> Mail { get; }

    DbContext Context { get; }
}
