using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Empties every table of the database but the migration histories (one per module) and, on PostgreSQL,
/// the data-protection key ring (so cookies issued before a reset stay readable), so a reset database
/// keeps its schema and the app's start-up seeding can run again.
/// </summary>
public sealed class DatabaseResetter(TestDatabase database)
{
    private Respawner? respawner;

    public async Task ResetAsync()
    {
        await using DbConnection connection = database.IsPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = database.IsPostgres ? DbAdapter.Postgres : DbAdapter.Sqlite,
            TablesToIgnore = await KeptTablesAsync(connection),
            SchemasToExclude = database.IsPostgres ? ["public", "hangfire"] : [],
        });
        await respawner.ResetAsync(connection);
    }

    private async Task<Table[]> KeptTablesAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = database.IsPostgres
            ? "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name IN ('__EFMigrationsHistory', 'data_protection_keys')"
            : "SELECT NULL, name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_EFMigrationsHistory%' ESCAPE '\\'";
        var tables = new List<Table>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.IsDBNull(0) ? new Table(reader.GetString(1)) : new Table(reader.GetString(0), reader.GetString(1)));
        }

        return tables.Any(t => t.Name.StartsWith("__EFMigrationsHistory", StringComparison.Ordinal))
            ? [.. tables]
            : throw new InvalidOperationException("No __EFMigrationsHistory table found: did the app migrate the test database?");
    }
}
