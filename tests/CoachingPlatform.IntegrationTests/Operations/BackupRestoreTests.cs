using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CoachingPlatform.IntegrationTests.Assessments;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>
/// The backup and restore commands against the running app's database: a backup taken while requests write
/// restores into an empty folder, and the app started there has every write acknowledged before the backup
/// began; a damaged backup is refused and leaves the database alone.
/// </summary>
[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)] // the backup and restore commands are for the embedded SQLite database
public sealed class BackupRestoreTests(AppFixture app) : IntegrationTest(app), IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-backup-");

    private string LiveDatabase => new SqliteConnectionStringBuilder(App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Coaching")).DataSource;

    [Fact]
    public async Task A_backup_taken_during_writes_restores_into_a_fresh_folder_with_every_acknowledged_write()
    {
        var acknowledged = new ConcurrentQueue<Guid>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => WriteUntilStoppedAsync(acknowledged, stop.Token))).ToArray();
        await Eventually.UntilAsync(() => Task.FromResult(acknowledged.Count), count => count >= 20, "the first writes");

        var beforeBackup = acknowledged.ToArray();
        var backupFile = Path.Combine(folder.FullName, "nightly.db");
        var backup = await AppCommand.RunAsync(folder.FullName, LiveDatabase, "backup", "nightly.db");
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var fresh = Directory.CreateDirectory(Path.Combine(folder.FullName, "fresh"));
        var restoredFile = Path.Combine(fresh.FullName, "coaching.db");
        var restore = await AppCommand.RunAsync(fresh.FullName, restoredFile, "restore", backupFile);
        await using var restored = await ChildApp.StartAsync(fresh.FullName, FreeTcpPort.Next());
        using var client = restored.CreateClient();
        var missing = new List<Guid>();
        foreach (var id in beforeBackup)
        {
            using var response = await client.GetAsync($"/api/assessments/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add(id);
            }
        }

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains(backupFile, backup.Output, StringComparison.Ordinal);
        Assert.Contains("integrity check: ok", backup.Output, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains(restoredFile, restore.Output, StringComparison.Ordinal);
        Assert.Empty(missing);
        Assert.True(acknowledged.Count > beforeBackup.Length, "the writes went on while the backup ran");
    }

    [Fact]
    public async Task Restoring_over_a_database_keeps_the_replaced_file_beside_it()
    {
        var backupFile = Path.Combine(folder.FullName, "copy.db");
        Assert.Equal(0, (await AppCommand.RunAsync(folder.FullName, LiveDatabase, "backup", backupFile)).ExitCode);
        var current = Path.Combine(folder.FullName, "current.db");
        File.Copy(backupFile, current);
        await using (var connection = new SqliteConnection($"Data Source={current};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE only_in_the_replaced_file (id INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        var restore = await AppCommand.RunAsync(folder.FullName, current, "restore", backupFile);

        Assert.True(restore.ExitCode == 0, restore.Error);
        var kept = Assert.Single(folder.GetFiles("current.db.replaced-*"));
        Assert.Contains(kept.FullName, restore.Output, StringComparison.Ordinal);
        Assert.True(await HasTableAsync(kept.FullName, "only_in_the_replaced_file"));
        Assert.False(await HasTableAsync(current, "only_in_the_replaced_file"));
    }

    [Theory]
    [InlineData("pages overwritten")]
    [InlineData("cut short")]
    [InlineData("not a database")]
    public async Task A_damaged_backup_is_refused_and_the_database_stays(string damage)
    {
        var backupFile = Path.Combine(folder.FullName, "damaged.db");
        Assert.Equal(0, (await AppCommand.RunAsync(folder.FullName, LiveDatabase, "backup", backupFile)).ExitCode);
        var current = Path.Combine(folder.FullName, "current.db");
        File.Copy(backupFile, current);
        var before = await HashAsync(current);
        Damage(backupFile, damage);

        var restore = await AppCommand.RunAsync(folder.FullName, current, "restore", backupFile);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("was not restored", restore.Error, StringComparison.Ordinal);
        Assert.Equal(before, await HashAsync(current));
        Assert.Empty(folder.GetFiles("current.db.replaced-*"));
    }

    [Fact]
    public async Task Restoring_under_the_running_app_is_refused()
    {
        var backupFile = Path.Combine(folder.FullName, "copy.db");
        Assert.Equal(0, (await AppCommand.RunAsync(folder.FullName, LiveDatabase, "backup", backupFile)).ExitCode);
        using var client = App.CreateClient();
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode().Dispose();
        // A quiet app may have no pooled connection open (the pool closes idle ones); the app must still be noticed.
        SqliteConnection.ClearAllPools();

        var restore = await AppCommand.RunAsync(folder.FullName, LiveDatabase, "restore", backupFile);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("in use", restore.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(LiveDatabase)!, "*.replaced-*"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private async Task WriteUntilStoppedAsync(ConcurrentQueue<Guid> acknowledged, CancellationToken stop)
    {
        using var client = App.CreateClient();
        var scores = WheelApi.Scores(6, ("relationships", 4));
        while (!stop.IsCancellationRequested)
        {
            using var response = await client.PostAsJsonAsync(WheelApi.WheelPath, new { scores }, CancellationToken.None);
            response.EnsureSuccessStatusCode();
            acknowledged.Enqueue((await response.ReadJsonAsync<Created>()).Id);
        }
    }

    private static void Damage(string file, string damage)
    {
        switch (damage)
        {
            case "pages overwritten":
                using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
                {
                    // Every page but the first (the header) filled with noise.
                    var noise = new byte[stream.Length - 4096];
                    new Random(42).NextBytes(noise);
                    stream.Position = 4096;
                    stream.Write(noise);
                }

                break;
            case "cut short":
                using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
                {
                    stream.SetLength(stream.Length / 2);
                }

                break;
            default:
                File.WriteAllText(file, "This is a note, not a database.");
                break;
        }
    }

    private static async Task<string> HashAsync(string file) => Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file)));

    private static async Task<bool> HasTableAsync(string file, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private sealed record Created(Guid Id);
}
