using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Every SQLite connection commits without waiting for the disk (<c>synchronous=NORMAL</c>, safe in WAL
/// mode: a killed process loses no committed transaction, only a power cut can lose the last ones). A
/// commit then costs microseconds, which keeps the mail queue's window between "the server accepted it"
/// and "marked sent" small, and write-heavy requests fast. A writer that finds the database locked waits
/// inside SQLite (<c>busy_timeout</c>), which retries within milliseconds; the driver alone sleeps 150 ms a try.
/// The setting belongs to the native connection, which the pool keeps open and hands out again: EF opens
/// a connection for every query, so the pragma runs once per native connection, not once per query.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    private static readonly ConditionalWeakTable<sqlite3, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Applied.TryAdd(handle, Applied);
}
