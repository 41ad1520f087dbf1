using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>The tables every module keeps for its deliveries: outbox, inbox, mail queue and the mail bodies queued mails share.</summary>
internal static class DeliveryModel
{
    public static void Map(ModelBuilder builder)
    {
        builder.Entity<OutboxMessage>(e =>
        {
            Common(e, "outbox_messages");
            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.Payload).HasMaxLength(int.MaxValue);
        });
        builder.Entity<InboxMessage>(e =>
        {
            Common(e, "inbox_messages");
            e.HasIndex(m => new { m.MessageId, m.Consumer }).IsUnique();
            e.Property(m => m.Consumer).HasMaxLength(200);
            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.Payload).HasMaxLength(int.MaxValue);
        });
        builder.Entity<OutgoingMail>(e =>
        {
            Common(e, "mail_queue");
            e.HasIndex(m => m.Key).IsUnique();
            e.Property(m => m.Key).HasMaxLength(OutgoingMail.KeyMaxLength);
            e.Property(m => m.To).HasMaxLength(320);
            e.Property(m => m.ToName).HasMaxLength(200);
            e.Property(m => m.Subject).HasMaxLength(300);
            e.Property(m => m.Html).HasMaxLength(int.MaxValue);
            e.Property(m => m.Text).HasMaxLength(int.MaxValue);
            e.Property(m => m.Headers).HasMaxLength(int.MaxValue);
            e.Property(m => m.Fields).HasMaxLength(int.MaxValue);
        });
        builder.Entity<MailBody>(e =>
        {
            e.ToTable("mail_bodies");
            e.HasKey(b => b.Id);
            e.Property(b => b.Subject).HasMaxLength(300);
            e.Property(b => b.Html).HasMaxLength(int.MaxValue);
            e.Property(b => b.Text).HasMaxLength(int.MaxValue);
            e.Property(b => b.Headers).HasMaxLength(int.MaxValue);
        });
    }

    private static void Common<T>(EntityTypeBuilder<T> e, string table)
        where T : DeliveryItem
    {
        e.ToTable(table);
        e.HasKey(m => m.Id);
        e.Property(m => m.Error).HasMaxLength(2000);
        e.Property(m => m.TraceParent).HasMaxLength(PlatformTelemetry.TraceParentMaxLength);
        e.Property(m => m.LockedBy).HasMaxLength(DeliveryItem.OwnerMaxLength).IsConcurrencyToken();
        e.HasIndex(m => new { m.ProcessedAt, m.DeadAt, m.NextAttemptAt });
        e.Ignore(m => m.IsDead);
    }
}
