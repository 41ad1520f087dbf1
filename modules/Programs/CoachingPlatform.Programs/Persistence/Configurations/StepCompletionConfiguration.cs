using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class StepCompletionConfiguration : IEntityTypeConfiguration<StepCompletion>
{
    public void Configure(EntityTypeBuilder<StepCompletion> builder)
    {
        builder.ToTable("step_completions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.StepTitle).HasMaxLength(200);
        builder.Property(c => c.Reflection).HasMaxLength(4000);
        builder.HasIndex(c => new { c.AssignmentId, c.StepId }).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
