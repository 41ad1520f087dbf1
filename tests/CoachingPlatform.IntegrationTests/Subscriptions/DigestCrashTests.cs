using System.Net;
using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CoachingPlatform.IntegrationTests.Subscriptions;

/// <summary>
/// The app as a child process runs the weekly digest through Hangfire ("run now") over many subscribers in
/// small batches, is killed with SIGKILL in the middle of the run, and runs it again after a restart. The
/// ledger must hold exactly one digest per subscriber for the edition and every subscriber must get it.
/// The mail queue below the ledger may repeat only the mails in flight at the kill: their first copies
/// arrived just before it, at most one per SMTP connection. The output line says how many it repeated.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class DigestCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Subscribers = 1200;

    /// <summary>The app's default number of SMTP connections, each with at most one mail in the window.</summary>
    private const int Connections = 4;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-digest-crash-");
    private TestMailServer? mail;
    private CoachingAppFactory? database;

    public async Task InitializeAsync()
    {
        mail = await TestMailServer.StartAsync();

        // A host over the same database file that delivers nothing: it seeds subscribers and reads the ledger.
        database = new CoachingAppFactory(
            new Dictionary<string, string?>(TestSettings.For(folder.FullName, new Uri("http://localhost"), "127.0.0.1", mail.Port))
            {
                ["Messaging:DispatchInBackground"] = "false",
            },
            new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (mail is not null)
        {
            await mail.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Killed_in_the_middle_of_a_run_and_run_again_every_subscriber_gets_the_digest_and_the_ledger_holds_one_each()
    {
        var addresses = await SeedAsync();
        var app = await StartAsync();
        await RunNowAsync(app);
        await Eventually.UntilAsync(() => HandledAsync(), handled => handled >= Subscribers / 6, "the first run under way", TimeSpan.FromSeconds(120));
        var killedAt = TimeProvider.System.GetUtcNow();
        app.Kill();
        await app.DisposeAsync();
        var firstRun = await RunsAsync();

        await using (app = await StartAsync())
        {
            await RunNowAsync(app);
            await Eventually.UntilAsync(() => Task.FromResult(Missing(addresses).Count), missing => missing == 0, "a digest for every subscriber", TimeSpan.FromSeconds(240));
        }

        var digests = mail!.Inbox.All.Where(m => m.Subject.StartsWith("Your weekly digest", StringComparison.Ordinal)).ToList();
        var repeats = Repeats.In(digests, m => string.Join(",", m.Recipients), [killedAt]);
        output.WriteLine($"{Subscribers} subscribers; killed after {firstRun.Single().Handled} handled; {digests.Count} digests received, {repeats.Count} repeated by the mail queue: {repeats}.");
        Assert.Empty(Missing(addresses));
        Assert.Null(Assert.Single(firstRun).FinishedAt);
        Assert.Equal(Subscribers, await LedgerAsync());
        Assert.True(repeats.Count <= Connections, $"one kill repeated {repeats.Count} digests");
    }

    private async Task<List<string>> SeedAsync()
    {
        await using var scope = database!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var now = DateTime.UtcNow.AddMinutes(-5);
        var addresses = Enumerable.Range(1, Subscribers).Select(i => $"reader{i:0000}@example.com").ToList();
        foreach (var address in addresses)
        {
            var (subscriber, _) = Subscriber.Subscribe(address, DigestFrequency.Weekly, now);
            subscriber.Confirm(now);
            db.Subscribers.Add(subscriber);
        }

        db.DigestArticles.Add(DigestArticle.From(Guid.CreateVersion7(), "crash-proof", "Crash-proof promises", "Kept once, whatever happens.", now));
        await db.SaveChangesAsync();
        return addresses;
    }

    /// <summary>The lease is short so a killed process's claims pass on soon, and long enough that a starved process keeps its own (see CrashTests).</summary>
    private Task<ChildApp> StartAsync() =>
        ChildApp.StartAsync(folder.FullName, mail!.Port, ("Hangfire:Server", "true"), ("Subscriptions:BatchSize", "20"),
            ("Delivery:LeaseSeconds", "10"), ("Delivery:PollSeconds", "0.2"), ("Delivery:RetryDelaySeconds", "0.2"));

    private static async Task RunNowAsync(ChildApp app)
    {
        using var admin = await app.CreateClient().WithBearerTokenOfAsync(DemoUser.Admin.Email, DemoUser.Password);
        using var response = await admin.PostAsync("/api/admin/digests/weekly/run", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<int> HandledAsync() => (await RunsAsync()).Sum(r => r.Handled);

    private async Task<List<DigestRun>> RunsAsync()
    {
        await using var scope = database!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>().DigestRuns.AsNoTracking().ToListAsync();
    }

    private async Task<int> LedgerAsync()
    {
        await using var scope = database!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>().Mail.AsNoTracking()
            .Where(m => m.Key.StartsWith("digest:")).Select(m => m.Key).Distinct().CountAsync();
    }

    private List<string> Missing(List<string> addresses)
    {
        var received = mail!.Inbox.All.SelectMany(m => m.Recipients).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return addresses.Where(a => !received.Contains(a)).ToList();
    }
}
