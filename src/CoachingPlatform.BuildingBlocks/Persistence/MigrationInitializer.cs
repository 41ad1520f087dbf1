using CoachingPlatform.BuildingBlocks.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>Applies a module's migrations at start-up when the configuration asks for it (the embedded default).</summary>
internal sealed class MigrationInitializer<TContext>(TContext db, IOptions<DatabaseOptions> options) : IModuleInitializer
    where TContext : DbContext
{
    public int Order => InitializerOrder.Migrate;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers and the one writer work side by side.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Migrate also compares the model with the last migration's snapshot on every call; with nothing to
        // apply that is start-up time for nothing (MigrationSetTests checks the model against its migrations).
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
