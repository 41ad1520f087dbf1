using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Clients.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Clients.Persistence.Configurations;

internal sealed class CoachClientConfiguration : IEntityTypeConfiguration<CoachClient>
{
    public void Configure(EntityTypeBuilder<CoachClient> builder)
    {
        builder.ToTable("coach_clients");
        builder.HasKey(c => new { c.CoachId, c.ClientId });
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(256);
        builder.Property(c => c.DisplayName).HasMaxLength(120);
        builder.Property(c => c.ConsentTokenHash).HasMaxLength(SecretTokens.HashLength);
        builder.HasIndex(c => new { c.CoachId, c.NormalizedEmail }).IsUnique();
        builder.HasIndex(c => c.ClientId);
        builder.HasIndex(c => c.ConsentTokenHash).IsUnique();
        builder.Ignore(c => c.Status);
        builder.Ignore(c => c.StatusForCoach);
    }
}
