using Microsoft.Data.Sqlite;

namespace CoachingPlatform.Web.Operations;

/// <summary>
/// Keeps one connection to the embedded database open while the app runs. The connection pool may close
/// idle connections at any time; this one stays, so a <c>restore</c> always finds the database in use and
/// refuses (<see cref="SqliteBackup.RestoreAsync"/>) instead of replacing the file under a quiet app.
/// </summary>
internal sealed class DatabaseHold(string connectionString) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hold = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await hold.OpenAsync(cancellationToken);

        // A read joins the write-ahead log; the connection then keeps its share of it until closed.
        await using (var read = hold.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master;";
            await read.ExecuteScalarAsync(cancellationToken);
        }

        connection = hold;
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref connection, null) is { } open)
        {
            await open.DisposeAsync();
        }
    }
}
