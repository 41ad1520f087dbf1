using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// Every SQLite connection commits without waiting for the disk (<c>synchronous=NORMAL</c>, safe in WAL
/// mode: a killed process loses no committed transaction, only a power cut can lose the last ones). A
/// commit then costs microseconds, which keeps the mail queue's window between "the server accepted it"
/// and "marked sent" small, and write-heavy requests fast.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
