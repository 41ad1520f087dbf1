using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class ProgramStepConfiguration : IEntityTypeConfiguration<ProgramStep>
{
    public void Configure(EntityTypeBuilder<ProgramStep> builder)
    {
        builder.ToTable("program_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.WhyItMatters).HasMaxLength(2000);
        builder.Property(s => s.HowTo).HasMaxLength(4000);
        builder.Property(s => s.Tip).HasMaxLength(2000);
        builder.HasIndex(s => new { s.ProgramId, s.Order }).IsUnique();
        builder.Ignore(s => s.Content);
    }
}
