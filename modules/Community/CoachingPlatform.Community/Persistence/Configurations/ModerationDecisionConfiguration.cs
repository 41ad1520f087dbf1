using CoachingPlatform.Community.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Community.Persistence.Configurations;

internal sealed class ModerationDecisionConfiguration : IEntityTypeConfiguration<ModerationDecision>
{
    public void Configure(EntityTypeBuilder<ModerationDecision> builder)
    {
        builder.ToTable("moderation_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.By).HasMaxLength(ModerationDecision.ByMaxLength);
        builder.HasOne<Comment>().WithMany().HasForeignKey(d => d.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CommentId, d.At });
    }
}
