using CoachingPlatform.IntegrationTests.Delivery;
using CoachingPlatform.IntegrationTests.Infrastructure;
using CoachingPlatform.IntegrationTests.Infrastructure.Mail;
using CoachingPlatform.IntegrationTests.Messaging.RabbitMq;
using Microsoft.Extensions.Time.Testing;

namespace CoachingPlatform.IntegrationTests.Cluster;

/// <summary>
/// Two real app processes (Kestrel on loopback ports) over one PostgreSQL database (data, Hangfire and the
/// data-protection keys) and one RabbitMQ virtual host, mailing one in-process SMTP server, each with its own
/// name, delivery loops and Hangfire server, plus an in-memory host over the same database that delivers
/// nothing, for seeding and reading rows. PostgreSQL whatever the run's database: several nodes need a
/// server database.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The trait value of tests that make their own PostgreSQL database in either pass.</summary>
    public const string OwnPostgres = "OwnPostgres";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-cluster-");
    private TestDatabase? shared;
    private TestBroker? broker;
    private TestMailServer? mail;
    private CoachingAppFactory? database;

    public ChildApp A { get; private set; } = null!;

    public ChildApp B { get; private set; } = null!;

    public MailInbox Mail => mail?.Inbox ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>A host over the cluster's database that runs no delivery of its own.</summary>
    public CoachingAppFactory Database => database ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>When the nodes started: the recurring jobs' runs are counted from here.</summary>
    public DateTime StartedAt { get; private set; }

    public string ConnectionString => shared?.ConnectionString ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        shared = TestDatabase.Create(folder.FullName, postgres: true);
        broker = await TestBroker.CreateAsync();
        mail = await TestMailServer.StartAsync();

        // One after the other: the first migrates and seeds, the second finds it done.
        A = await StartAsync("node-a");
        B = await StartAsync("node-b");
        StartedAt = DateTime.UtcNow;
        var settings = TestSettings.For(folder.FullName, new Uri("http://localhost"), "127.0.0.1", mail.Port);
        foreach (var (key, value) in shared.Settings)
        {
            settings[key] = value;
        }

        settings["Messaging:DispatchInBackground"] = "false";
        settings["Seed:Demo"] = "false";
        database = new CoachingAppFactory(settings, new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
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

        if (shared is not null)
        {
            await shared.DisposeAsync();
        }

        folder.Delete(recursive: true);
    }

    private Task<ChildApp> StartAsync(string node) =>
        ChildApp.StartAsync(folder.FullName, mail!.Port,
            ("App:NodeName", node),
            ("Database:Provider", shared!.Provider),
            ("ConnectionStrings:Coaching", shared.ConnectionString),
            ("Hangfire:Storage", "Postgres"),
            ("Messaging:Transport", "RabbitMq"),
            ("Messaging:RabbitMq:Url", broker!.Url()),
            ("Hangfire:Server", "true"),
            ("Delivery:LeaseSeconds", "10"),
            ("Delivery:PollSeconds", "0.2"),
            ("Delivery:RetryDelaySeconds", "0.2"));
}
