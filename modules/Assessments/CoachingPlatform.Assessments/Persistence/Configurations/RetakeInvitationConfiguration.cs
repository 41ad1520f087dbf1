using CoachingPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Assessments.Persistence.Configurations;

internal sealed class RetakeInvitationConfiguration : IEntityTypeConfiguration<RetakeInvitation>
{
    public void Configure(EntityTypeBuilder<RetakeInvitation> builder)
    {
        builder.ToTable("retake_invitations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(20);
        builder.Property(r => r.WeekKey).HasMaxLength(80);

        // Two requests of one coach in the same week cannot both be stored, however they race.
        builder.HasIndex(r => r.WeekKey).IsUnique();
        builder.HasIndex(r => new { r.ClientId, r.CoachId, r.InvitedAt });
    }
}
