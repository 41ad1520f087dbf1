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

internal sealed class GratitudeEntryConfiguration : IEntityTypeConfiguration<GratitudeEntry>
{
    public void Configure(EntityTypeBuilder<GratitudeEntry> builder)
    {
        builder.ToTable("gratitude_entries");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.ClientId, g.Day }).IsUnique();
    }
}

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> builder)
    {
        builder.ToTable("support_requests");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.StepTitle).HasMaxLength(200);
        builder.Property(s => s.Message).HasMaxLength(SupportRequest.MaxMessageLength);
        builder.HasIndex(s => new { s.CoachId, s.ClientId, s.ResolvedAt });
    }
}

internal sealed class ClientPreferencesConfiguration : IEntityTypeConfiguration<ClientPreferences>
{
    public void Configure(EntityTypeBuilder<ClientPreferences> builder)
    {
        builder.ToTable("client_preferences");
        builder.HasKey(p => p.ClientId);
        builder.Property(p => p.TimeZone).HasMaxLength(100);
    }
}

internal sealed class StepReminderConfiguration : IEntityTypeConfiguration<StepReminder>
{
    public void Configure(EntityTypeBuilder<StepReminder> builder)
    {
        builder.ToTable("step_reminders");
        builder.HasKey(r => new { r.AssignmentId, r.StepId });
        builder.HasIndex(r => new { r.ClientId, r.SentAt });
    }
}
