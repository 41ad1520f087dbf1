using System.Text.Json;

namespace CoachingPlatform.Web.Operations;

/// <summary>A backup that was written and checked.</summary>
internal sealed record BackupRecord(string File, long Bytes, DateTime At);

/// <summary>A nightly backup that failed: a dead letter until a retry succeeds or an admin discards it.</summary>
internal sealed record BackupFailure(Guid Id, DateTime At, string Directory, string Error, int Attempts);

internal sealed record BackupStatus(BackupRecord? Last, IReadOnlyList<BackupFailure> Failures)
{
    public static readonly BackupStatus Empty = new(null, []);
}

/// <summary>
/// What the backups did, kept in a small file beside the database rather than in it, so that a failure is
/// recorded even when the database is what failed, and the backup directory may be read-only or full.
/// Only the embedded SQLite database (one node) is backed up this way, so one process writes it.
/// </summary>
internal sealed class BackupLedger(string path)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Path { get; } = path;

    public async Task<BackupStatus> ReadAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return await LoadAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<T> UpdateAsync<T>(Func<BackupStatus, (BackupStatus Status, T Result)> change, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var (status, result) = change(await LoadAsync(cancellationToken));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(status), cancellationToken);
            File.Move(temporary, Path, overwrite: true);
            return result;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<BackupStatus> LoadAsync(CancellationToken cancellationToken) =>
        File.Exists(Path)
            ? JsonSerializer.Deserialize<BackupStatus>(await File.ReadAllTextAsync(Path, cancellationToken)) ?? BackupStatus.Empty
            : BackupStatus.Empty;
}
