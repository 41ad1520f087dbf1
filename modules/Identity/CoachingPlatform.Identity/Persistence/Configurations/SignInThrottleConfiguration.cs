using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Identity.Persistence.Configurations;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(300);
        builder.Property(t => t.UnlockTokenHash).HasMaxLength(SecretTokens.HashLength);
        builder.HasIndex(t => t.UnlockTokenHash).IsUnique();
    }
}
