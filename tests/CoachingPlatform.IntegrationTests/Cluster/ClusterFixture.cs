using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.IntegrationTests.Messaging.RabbitMq;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Cluster;

/// <summary>
/// Two real app processes (Kestrel on loopback ports) over one database and one RabbitMQ virtual host,
/// mailing one in-process SMTP server, each with its own name and delivery loops, plus an in-memory host
/// over the same database that delivers nothing, for seeding and reading rows.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-cluster-");
    private TestBroker? broker;
    private TestMailServer? mail;
    private CoachingAppFactory? database;

    public ChildApp A { get; private set; } = null!;

    public ChildApp B { get; private set; } = null!;

    public MailInbox Mail => mail?.Inbox ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>A host over the cluster's database that runs no delivery of its own.</summary>
    public CoachingAppFactory Database => database ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        broker = await TestBroker.CreateAsync();
        mail = await TestMailServer.StartAsync();

        // One after the other: the first migrates and seeds, the second finds it done.
        A = await StartAsync("node-a");
        B = await StartAsync("node-b");
        database = new CoachingAppFactory(
            new Dictionary<string, string?>(TestSettings.For(folder.FullName, new Uri("http://localhost"), "127.0.0.1", mail.Port))
            {
                ["Messaging:DispatchInBackground"] = "false",
                ["Seed:Demo"] = "false",
            },
            new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
    }

    /// <summary>Node A again after it was killed, over the same database and broker.</summary>
    public async Task RestartAAsync()
    {
        await A.DisposeAsync();
        A = await StartAsync("node-a");
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (mail is not null)
        {
            await mail.DisposeAsync();
        }

        if (broker is not null)
        {
            await broker.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private Task<ChildApp> StartAsync(string node) =>
        ChildApp.StartAsync(folder.FullName, mail!.Port,
            ("App:NodeName", node),
            ("Messaging:Transport", "RabbitMq"),
            ("Messaging:RabbitMq:Url", broker!.Url()),
            ("Hangfire:Server", "true"),
            ("Delivery:LeaseSeconds", "3"),
            ("Delivery:PollSeconds", "0.2"),
            ("Delivery:RetryDelaySeconds", "0.2"));
}
