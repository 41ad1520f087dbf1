using CoachingPlatform.BuildingBlocks.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Applies a module's migrations at start-up when the configuration asks for it (the embedded default). The
/// modules check side by side; one at a time changes the database.
/// </summary>
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

        // Migrate also compares the model with the last migration's snapshot on every call; with nothing to
        // apply that is start-up time for nothing (MigrationSetTests checks the model against its migrations).
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        await MigrationGate.Lock.WaitAsync(cancellationToken);
        try
        {
            if (db.Database.IsSqlite())
            {
                // Write-ahead logging lets readers and the one writer work side by side.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            if (pending)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        finally
        {
            MigrationGate.Lock.Release();
        }
    }
}

/// <summary>One module at a time changes the database's schema or journal mode.</summary>
internal static class MigrationGate
{
    public static readonly SemaphoreSlim Lock = new(1, 1);
}
