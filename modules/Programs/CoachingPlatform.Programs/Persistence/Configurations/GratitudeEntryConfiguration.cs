using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class GratitudeEntryConfiguration : IEntityTypeConfiguration<GratitudeEntry>
{
    public void Configure(EntityTypeBuilder<GratitudeEntry> builder)
    {
        builder.ToTable("gratitude_entries");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.ClientId, g.Day }).IsUnique();
    }
}
