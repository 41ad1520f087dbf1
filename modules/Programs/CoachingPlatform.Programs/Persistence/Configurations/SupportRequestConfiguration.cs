using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> builder)
    {
        builder.ToTable("support_requests");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.StepTitle).HasMaxLength(200);
        builder.Property(s => s.Message).HasMaxLength(SupportRequest.MaxMessageLength);
        builder.Property(s => s.Reply).HasMaxLength(SupportRequest.MaxReplyLength);
        builder.HasIndex(s => new { s.CoachId, s.ClientId, s.ResolvedAt });
        builder.HasIndex(s => new { s.ClientId, s.RequestedAt });
    }
}
