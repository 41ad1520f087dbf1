using System.Globalization;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Operations;

/// <summary>
/// The nightly backup into <c>Backup:Directory</c>, keeping <c>Backup:KeepDays</c> days. A failure is a dead
/// letter ("backup") on the deliveries page and in the "deliveries" health check, until a retry succeeds
/// or an admin discards it.
/// </summary>
internal sealed partial class NightlyBackup(
    IConfiguration configuration, IOptions<BackupOptions> options, BackupLedger ledger, TimeProvider clock, ILogger<NightlyBackup> logger)
    : IDeadLetterSource
{
    public const string FilePrefix = "coaching-";
    private const string Stamp = "yyyyMMdd'T'HHmmss'Z'";
    private const int StampLength = 16;

    public string Kind => "backup";

    public string Directory => Path.GetFullPath(options.Value.Directory);

    /// <summary>One backup now; <paramref name="retrying"/> names the failure it retries. True when it worked.</summary>
    public async Task<bool> RunAsync(Guid? retrying, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var file = await SqliteBackup.BackupAsync(ConnectionStrings.Coaching(configuration), NewFile(now), cancellationToken);
            await ledger.UpdateAsync(
                status => (status with { Last = new BackupRecord(file.FullName, file.Length, now), Failures = [.. status.Failures.Where(f => f.Id != retrying)] }, 0),
                cancellationToken);
            Prune(now);
            LogBackedUp(logger, file.FullName, file.Length);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, Directory, ex);
            var error = $"{ex.GetType().Name}: {ex.Message}";
            await ledger.UpdateAsync(
                status => (status with
                {
                    Failures = status.Failures.Any(f => f.Id == retrying)
                        ? [.. status.Failures.Select(f => f.Id == retrying ? f with { At = now, Error = error, Attempts = f.Attempts + 1 } : f)]
                        : [.. status.Failures, new BackupFailure(Guid.CreateVersion7(), now, Directory, error, 1)],
                }, 0),
                cancellationToken);
            return false;
        }
    }

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int take, CancellationToken cancellationToken) =>
        (await ledger.ReadAsync(cancellationToken)).Failures.OrderByDescending(f => f.At).Take(take)
            .Select(f => new DeadLetter(Kind, f.Id, "Platform", $"Nightly backup into {f.Directory}", f.Attempts, f.Error, f.At))
            .ToList();

    public async Task<int> CountAsync(CancellationToken cancellationToken) => (await ledger.ReadAsync(cancellationToken)).Failures.Count;

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        if ((await ledger.ReadAsync(cancellationToken)).Failures.All(f => f.Id != id))
        {
            return false;
        }

        await RunAsync(id, cancellationToken);
        return true;
    }

    public Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken) =>
        ledger.UpdateAsync(
            status => (status with { Failures = [.. status.Failures.Where(f => f.Id != id)] }, status.Failures.Any(f => f.Id == id)),
            cancellationToken);

    /// <summary>Named by its time; a second backup within the same second (a retry) gets a counter.</summary>
    private string NewFile(DateTime now)
    {
        var stem = Path.Combine(Directory, $"{FilePrefix}{now.ToString(Stamp, CultureInfo.InvariantCulture)}");
        var file = $"{stem}.db";
        for (var n = 2; File.Exists(file); n++)
        {
            file = $"{stem}-{n}.db";
        }

        return file;
    }

    /// <summary>Deletes nightly backups older than the kept days, by the time in their names; never the newest.</summary>
    private void Prune(DateTime now)
    {
        var limit = now.AddDays(-options.Value.KeepDays);
        var backups = new DirectoryInfo(Directory).GetFiles($"{FilePrefix}*.db")
            .Select(f => (File: f, Taken: f.Name.Length >= FilePrefix.Length + StampLength && DateTime.TryParseExact(f.Name.Substring(FilePrefix.Length, StampLength), Stamp, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var taken) ? taken : (DateTime?)null))
            .Where(b => b.Taken is not null)
            .OrderByDescending(b => b.Taken)
            .ToList();
        foreach (var old in backups.Skip(1).Where(b => b.Taken < limit))
        {
            old.File.Delete();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up the database to {File} ({Bytes} bytes)")]
    private static partial void LogBackedUp(ILogger logger, string file, long bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "The nightly backup into {Directory} failed")]
    private static partial void LogFailed(ILogger logger, string directory, Exception exception);
}
