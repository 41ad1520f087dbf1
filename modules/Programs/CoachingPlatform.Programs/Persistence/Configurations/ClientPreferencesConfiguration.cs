using CoachingPlatform.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingPlatform.Programs.Persistence.Configurations;

internal sealed class ClientPreferencesConfiguration : IEntityTypeConfiguration<ClientPreferences>
{
    public void Configure(EntityTypeBuilder<ClientPreferences> builder)
    {
        builder.ToTable("client_preferences");
        builder.HasKey(p => p.ClientId);
        builder.Property(p => p.TimeZone).HasMaxLength(100);
    }
}
