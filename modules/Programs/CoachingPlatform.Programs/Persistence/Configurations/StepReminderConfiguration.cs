using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class StepReminderConfiguration : IEntityTypeConfiguration<StepReminder>
{
    public void Configure(EntityTypeBuilder<StepReminder> builder)
    {
        builder.ToTable("step_reminders");
        builder.HasKey(r => new { r.AssignmentId, r.StepId });
        builder.HasIndex(r => new { r.ClientId, r.SentAt });
    }
}
