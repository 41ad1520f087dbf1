using CoachingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Subscriptions.Persistence.Configurations;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("subscribers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Status);
        builder.Property(s => s.Email).HasMaxLength(Subscriber.EmailMaxLength);
        builder.HasIndex(s => s.Email).IsUnique();

        // Stored by name so reordering the enum cannot change who gets which digest.
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);

        builder.Property(s => s.ConfirmTokenHash).HasMaxLength(SubscriptionTokens.HashLength);
        builder.HasIndex(s => s.ConfirmTokenHash).IsUnique();
        builder.Property(s => s.LastEdition).HasMaxLength(40);

        // A run reads the subscribers of one frequency in address order.
        builder.HasIndex(s => new { s.Frequency, s.Email });
    }
}
