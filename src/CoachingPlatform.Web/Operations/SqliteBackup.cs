using Microsoft.Data.Sqlite;

namespace CoachingPlatform.Web.Operations;

/// <summary>
/// Copies of the embedded SQLite database. A backup uses SQLite's online backup API, which copies every page
/// inside one read transaction: the app keeps reading and writing meanwhile (write-ahead logging), and the
/// copy is the database as of one instant. The copy is checked before it gets its name, so a file at the
/// given path is always a whole, sound database.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<FileInfo> BackupAsync(string connectionString, string destination, CancellationToken cancellationToken)
    {
        var source = DatabaseFile(connectionString);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"There is no database at {source} to back up.", source);
        }

        var target = Path.GetFullPath(destination);
        if (File.Exists(target))
        {
            throw new IOException($"{target} exists already; a backup never overwrites a file.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await using (var live = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(Unpooled(partial)))
            {
                await live.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                live.BackupDatabase(copy);

                // A backup is one self-contained file: no write-ahead log beside it.
                await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
            }

            if (Problem(partial) is { } problem)
            {
                throw new InvalidDataException($"The copy failed its integrity check: {problem}");
            }

            File.Move(partial, target);
            return new FileInfo(target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Null when the file is a sound CoachingPlatform database; else what is wrong with it.</summary>
    public static string? Problem(string path)
    {
        if (!File.Exists(path))
        {
            return $"there is no file at {Path.GetFullPath(path)}";
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var findings = new List<string>();
            using (var reader = check.ExecuteReader())
            {
                while (reader.Read() && findings.Count < 5)
                {
                    findings.Add(reader.GetString(0));
                }
            }

            if (findings is not ["ok"])
            {
                return $"integrity check: {string.Join("; ", findings)}";
            }

            using var history = connection.CreateCommand();
            history.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_EFMigrationsHistory%' ESCAPE '\\';";
            return Convert.ToInt64(history.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0
                ? "it is a SQLite file but not a CoachingPlatform database (no migration history)"
                : null;
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Puts a checked backup in place of the database, keeping the replaced file beside it. The app must be
    /// stopped: the database is first switched out of write-ahead logging, which SQLite refuses while any
    /// other connection is open, so a running app is noticed rather than pulled out from under.
    /// </summary>
    public static async Task<RestoreResult> RestoreAsync(string backup, string connectionString, DateTime now, CancellationToken cancellationToken)
    {
        if (Problem(backup) is { } problem)
        {
            throw new InvalidDataException($"{Path.GetFullPath(backup)} was not restored: {problem}.");
        }

        var target = DatabaseFile(connectionString);
        string? kept = null;
        if (File.Exists(target))
        {
            await using (var current = new SqliteConnection(new SqliteConnectionStringBuilder(Unpooled(target)) { DefaultTimeout = 2 }.ToString()))
            {
                await current.OpenAsync(cancellationToken);
                try
                {
                    // Folds a log left by a stopped (or killed) app into the file, so the kept copy is whole. SQLite
                    // answers the old mode, not an error, when another connection keeps it from leaving WAL.
                    await ExecuteAsync(current, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
                    await using var mode = current.CreateCommand();
                    mode.CommandText = "PRAGMA journal_mode=DELETE;";
                    if (!string.Equals(await mode.ExecuteScalarAsync(cancellationToken) as string, "delete", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new IOException($"The database {target} is in use: stop the app, then restore.");
                    }
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
                {
                    throw new IOException($"The database {target} is in use: stop the app, then restore.", ex);
                }
            }

            kept = $"{target}.replaced-{now:yyyyMMdd'T'HHmmss'Z'}";
            File.Move(target, kept);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var incoming = target + ".restoring";
        File.Copy(backup, incoming, overwrite: true);
        File.Delete(target + "-wal");
        File.Delete(target + "-shm");
        File.Move(incoming, target);
        await using (var restored = new SqliteConnection(Unpooled(target)))
        {
            await restored.OpenAsync(cancellationToken);
            await ExecuteAsync(restored, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return new RestoreResult(target, kept);
    }

    /// <summary>The full path of the file a SQLite connection string names.</summary>
    public static string DatabaseFile(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    private static string Unpooled(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

internal sealed record RestoreResult(string Database, string? Kept);
