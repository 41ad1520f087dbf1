using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class WinConfiguration : IEntityTypeConfiguration<Win>
{
    public void Configure(EntityTypeBuilder<Win> builder)
    {
        builder.ToTable("wins");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Text).HasMaxLength(Win.MaxLength);
        builder.HasIndex(w => new { w.ClientId, w.RecordedAt });
    }
}
