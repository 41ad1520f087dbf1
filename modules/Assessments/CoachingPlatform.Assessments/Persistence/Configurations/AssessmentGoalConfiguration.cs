using CoachingPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Assessments.Persistence.Configurations;

internal sealed class AssessmentGoalConfiguration : IEntityTypeConfiguration<AssessmentGoal>
{
    public void Configure(EntityTypeBuilder<AssessmentGoal> builder)
    {
        builder.ToTable("wheel_of_life_goals");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Area).HasMaxLength(40);
        builder.Property(g => g.Text).HasMaxLength(AssessmentGoal.TextMaxLength);
        builder.HasIndex(g => new { g.AssessmentId, g.Position });
    }
}
