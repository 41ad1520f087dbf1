using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Foundation;

/// <summary>
/// The pragma is applied once per native connection and the pool hands those connections out again: every
/// connection a request gets, new or reused, still commits with synchronous=NORMAL (1).
/// </summary>
[Collection(AppCollection.Name)]
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)] // SQLite connection settings
public sealed class SqliteConnectionTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Every_pooled_connection_commits_without_waiting_for_the_disk()
    {
        // Several at once forces several native connections; the second round reuses them from the pool.
        var first = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SynchronousSettingAsync()));
        var again = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SynchronousSettingAsync()));

        Assert.All(first.Concat(again), setting => Assert.Equal(1L, setting));
    }

    private async Task<long> SynchronousSettingAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientsDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            await Task.Delay(50);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
