using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class ProgramConfiguration : IEntityTypeConfiguration<TrustProgram>
{
    public void Configure(EntityTypeBuilder<TrustProgram> builder)
    {
        builder.ToTable("trust_programs");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(2000);
        builder.Property(p => p.BuiltInKey).HasMaxLength(60);
        builder.HasIndex(p => p.BuiltInKey).IsUnique();
        builder.HasIndex(p => p.OwnerCoachId);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsBuiltIn);
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Steps).HasField("steps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
