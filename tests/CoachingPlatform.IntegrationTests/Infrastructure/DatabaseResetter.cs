using Microsoft.Data.Sqlite;
using Respawn;
using Respawn.Graph;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Empties every table of the SQLite database but the migration histories (one per module), so a reset
/// database keeps its schema and the app's start-up seeding can run again.
/// </summary>
public sealed class DatabaseResetter(string connectionString)
{
    private Respawner? respawner;

    public async Task ResetAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Sqlite,
            TablesToIgnore = await MigrationHistoryTablesAsync(connection),
        });
        await respawner.ResetAsync(connection);
    }

    private static async Task<Table[]> MigrationHistoryTablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_EFMigrationsHistory%' ESCAPE '\\'";
        var tables = new List<Table>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(new Table(reader.GetString(0)));
        }

        return tables.Count > 0
            ? [.. tables]
            : throw new InvalidOperationException("No __EFMigrationsHistory table found: did the app migrate the test database?");
    }
}
