using CoachingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Subscriptions.Persistence.Configurations;

internal sealed class CoachDigestConfiguration : IEntityTypeConfiguration<CoachDigest>
{
    public void Configure(EntityTypeBuilder<CoachDigest> builder)
    {
        builder.ToTable("coach_digests");
        builder.HasKey(c => c.CoachId);
        builder.Property(c => c.CoachId).ValueGeneratedNever();
        builder.Property(c => c.LastWeek).HasMaxLength(20);
    }
}
