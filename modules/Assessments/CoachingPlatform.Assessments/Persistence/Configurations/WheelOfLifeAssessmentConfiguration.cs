using CoachingPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Assessments.Persistence.Configurations;

internal sealed class WheelOfLifeAssessmentConfiguration : IEntityTypeConfiguration<WheelOfLifeAssessment>
{
    public void Configure(EntityTypeBuilder<WheelOfLifeAssessment> builder)
    {
        builder.ToTable("wheel_of_life_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();

        // A client's history is read newest first.
        builder.HasIndex(a => new { a.OwnerId, a.TakenAt });
        builder.Property(a => a.ClaimTokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.ClaimTokenHash).IsUnique();

        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Goals).WithOne().HasForeignKey(g => g.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
