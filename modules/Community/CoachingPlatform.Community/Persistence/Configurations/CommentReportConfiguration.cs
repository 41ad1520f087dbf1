using CoachingPlatform.Community.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Community.Persistence.Configurations;

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<CommentReport>
{
    public void Configure(EntityTypeBuilder<CommentReport> builder)
    {
        builder.ToTable("comment_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(CommentReport.ReasonMaxLength);
        builder.Property(r => r.AddressHash).HasMaxLength(64);
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);

        // One reader cannot hide a comment alone by reporting it again and again.
        builder.HasIndex(r => new { r.CommentId, r.AddressHash }).IsUnique();
        builder.HasIndex(r => new { r.CommentId, r.ReportedAt });
    }
}
