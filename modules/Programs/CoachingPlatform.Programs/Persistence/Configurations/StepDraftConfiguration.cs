using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class StepDraftConfiguration : IEntityTypeConfiguration<StepDraft>
{
    public void Configure(EntityTypeBuilder<StepDraft> builder)
    {
        builder.ToTable("step_drafts");
        builder.HasKey(d => new { d.AssignmentId, d.StepId });
        builder.Property(d => d.Reflection).HasMaxLength(4000);
        builder.HasIndex(d => d.ClientId);
        builder.HasOne<Assignment>().WithMany().HasForeignKey(d => d.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
