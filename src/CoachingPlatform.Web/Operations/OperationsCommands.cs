using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Web.Composition;
using Microsoft.Data.Sqlite;

namespace CoachingPlatform.Web.Operations;

/// <summary>
/// <c>backup &lt;path&gt;</c> and <c>restore &lt;path&gt;</c> on the command line, with the app's own settings
/// (appsettings, environment variables), instead of starting the web app. The path is taken relative to
/// the folder the command was typed in. Exit code 0 when done, 1 when refused or failed, 2 for bad usage.
/// </summary>
internal static class OperationsCommands
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore"))
        {
            return null;
        }

        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync($"Usage: {args[0]} <path to the backup file> [--Section:Key=value ...]");
            return 2;
        }

        var path = Path.GetFullPath(args[1]);
        var configuration = WebApplication.CreateBuilder(AppFolder.Options(args[2..])).Configuration;
        if (!BackupRegistration.IsEmbedded(configuration))
        {
            await Console.Error.WriteLineAsync(
                "This command backs up the embedded SQLite database. For PostgreSQL use pg_dump and pg_restore, for SQL Server "
                + "BACKUP DATABASE and RESTORE DATABASE (docs/operations.md).");
            return 1;
        }

        var connectionString = ConnectionStrings.Coaching(configuration);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        try
        {
            if (args[0] == "backup")
            {
                var file = await SqliteBackup.BackupAsync(connectionString, path, CancellationToken.None);
                await new BackupLedger(BackupRegistration.LedgerPath(connectionString)).UpdateAsync(
                    status => (status with { Last = new BackupRecord(file.FullName, file.Length, now) }, 0), CancellationToken.None);
                Console.WriteLine($"Backed up {SqliteBackup.DatabaseFile(connectionString)} to {file.FullName} ({file.Length:N0} bytes); integrity check: ok.");
                return 0;
            }

            var restored = await SqliteBackup.RestoreAsync(path, connectionString, now, CancellationToken.None);
            Console.WriteLine(restored.Kept is null
                ? $"Restored {path} to {restored.Database}."
                : $"Restored {path} to {restored.Database}; the replaced database is kept as {restored.Kept}.");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or SqliteException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
