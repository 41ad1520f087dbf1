using CoachingPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Assessments.Persistence.Configurations;

internal sealed class AreaScoreConfiguration : IEntityTypeConfiguration<AreaScore>
{
    public void Configure(EntityTypeBuilder<AreaScore> builder)
    {
        builder.ToTable("wheel_of_life_scores");
        builder.HasKey(s => new { s.AssessmentId, s.Area });
        builder.Property(s => s.Area).HasMaxLength(40);
        builder.Property(s => s.Note).HasMaxLength(AreaScore.NoteMaxLength);
    }
}
