using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoachingPlatform.ArchitectureTests.Migrations;

/// <summary>
/// Each module keeps a migration set per provider, and each set is in step with the model: a model change
/// made for one provider only (or a migration forgotten for one) fails here, not on a server.
/// </summary>
public sealed class MigrationSetTests
{
    [Theory]
    [MemberData(nameof(ProviderContexts.All), MemberType = typeof(ProviderContexts))]
    public void Every_provider_has_migrations_that_match_the_model(string module, string provider)
    {
        using var db = ProviderContexts.Create(module, provider);

        var migrations = db.GetService<IMigrationsAssembly>().Migrations;

        Assert.NotEmpty(migrations);
        Assert.False(db.Database.HasPendingModelChanges(), $"{module} has model changes without a {provider} migration: run build/add-migration.sh.");
    }
}
