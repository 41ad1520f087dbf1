using System.Net;
using System.Net.Http.Json;
using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.Web.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.IntegrationTests.Operations;

/// <summary>The nightly backup job: a checked copy in Backup:Directory, old ones pruned, a failure a dead letter.</summary>
[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)] // the nightly backup runs on the embedded SQLite database only
public sealed class NightlyBackupTests(AppFixture app) : IntegrationTest(app)
{
    private string Directory => App.Services.GetRequiredService<IOptions<BackupOptions>>().Value.Directory;

    [Fact]
    public async Task The_nightly_backup_writes_a_checked_copy_and_the_system_page_shows_it()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        await RunJobAsync(App.Services);

        var backup = Assert.Single(new DirectoryInfo(Directory).GetFiles("coaching-*.db"));
        Assert.Null(SqliteBackup.Problem(backup.FullName));
        using var admin = await App.SignInWithCookieAsync(DemoUser.Admin);
        var page = await admin.GetStringAsync("/admin/system");
        Assert.Contains(WebUtility.HtmlEncode(backup.FullName), page, StringComparison.Ordinal);
        Assert.Contains(SystemSize(backup.Length), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backups_older_than_the_kept_days_are_deleted_and_the_newest_stays()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var old = Path.Combine(Directory, "coaching-20000101T023000Z.db");
        var recent = Path.Combine(Directory, $"coaching-{App.Clock.UtcNow().AddDays(-1):yyyyMMdd'T'HHmmss'Z'}.db");
        await File.WriteAllTextAsync(old, "old");
        await File.WriteAllTextAsync(recent, "recent");

        await RunJobAsync(App.Services);

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
        File.Delete(recent);
    }

    [Fact]
    public async Task A_failed_backup_is_a_dead_letter_and_turns_health_degraded_until_a_retry_works()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"coaching-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "a file where the backup folder should be");
        await using var broken = App.CreateFactory(new Dictionary<string, string?> { ["Backup:Directory"] = Path.Combine(blocker, "backups") });
        using var brokenAdmin = await broken.CreateClient().WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);
        using var admin = await App.SignInAsync(DemoUser.Admin);
        try
        {
            await RunJobAsync(broken.Services);

            var dead = Assert.Single(await DeadBackupsAsync(admin));
            Assert.Equal(1, dead.Attempts);
            Assert.Equal("Degraded", await ReadinessAsync());

            // Retried where the folder is still missing: one more attempt, still dead.
            using (var again = await brokenAdmin.PostAsync($"/api/admin/deliveries/backup/{dead.Id}/retry", null))
            {
                Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
            }

            Assert.Equal(2, Assert.Single(await DeadBackupsAsync(admin)).Attempts);

            // Retried where the folder works: the backup is taken and the dead letter is gone.
            using (var fixedUp = await admin.PostAsync($"/api/admin/deliveries/backup/{dead.Id}/retry", null))
            {
                Assert.Equal(HttpStatusCode.NoContent, fixedUp.StatusCode);
            }

            Assert.Empty(await DeadBackupsAsync(admin));
            Assert.Equal("Healthy", await ReadinessAsync());
        }
        finally
        {
            var backups = broken.Services.GetRequiredService<NightlyBackup>();
            foreach (var left in await backups.ListAsync(100, CancellationToken.None))
            {
                await backups.DiscardAsync(left.Id, CancellationToken.None);
            }

            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task A_discarded_backup_failure_is_no_longer_listed()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"coaching-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "a file where the backup folder should be");
        await using var broken = App.CreateFactory(new Dictionary<string, string?> { ["Backup:Directory"] = Path.Combine(blocker, "backups") });
        using var admin = await App.SignInAsync(DemoUser.Admin);
        await RunJobAsync(broken.Services);
        var dead = Assert.Single(await DeadBackupsAsync(admin));

        using var discarded = await admin.PostAsync($"/api/admin/deliveries/backup/{dead.Id}/discard", null);

        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.Empty(await DeadBackupsAsync(admin));
        Assert.Equal("Healthy", await ReadinessAsync());
        File.Delete(blocker);
    }

    /// <summary>The "deliveries" check of the readiness report, which failed backups join.</summary>
    private async Task<string?> ReadinessAsync()
    {
        using var client = App.CreateClient();
        var report = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/health/ready");
        return report.GetProperty("checks").GetProperty("deliveries").GetString();
    }

    private static async Task<List<DeadLetter>> DeadBackupsAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<List<DeadLetter>>("/api/admin/deliveries") ?? []).Where(d => d.Kind == "backup")];

    private static async Task RunJobAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BackupJob>().RunAsync(CancellationToken.None);
    }

    private static string SystemSize(long bytes) => CoachingPlatform.Web.Pages.Admin.SystemModel.Size(bytes);
}
