using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ProgramTitle).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.ClientId);
        builder.HasIndex(a => new { a.CoachId, a.ClientId });

        // One unfinished assignment of a program per client and coach, whatever races the requests run.
        builder.HasIndex(a => new { a.CoachId, a.ClientId, a.ProgramId }).IsUnique().HasFilter("\"CompletedAt\" IS NULL");
        builder.HasIndex(a => a.ProgramId);
        builder.Ignore(a => a.Percent);
        builder.HasMany(a => a.Completions).WithOne().HasForeignKey(c => c.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Completions).HasField("completions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
