using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class ProgramSuggestionConfiguration : IEntityTypeConfiguration<ProgramSuggestion>
{
    public void Configure(EntityTypeBuilder<ProgramSuggestion> builder)
    {
        builder.ToTable("program_suggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.GrowthAreas).HasMaxLength(400);
        builder.HasIndex(s => new { s.CoachId, s.ClientId, s.DismissedAt });
    }
}
