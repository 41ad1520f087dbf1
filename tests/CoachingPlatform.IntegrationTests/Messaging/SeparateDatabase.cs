namespace CoachingPlatform.IntegrationTests.Messaging;

/// <summary>
/// A database of its own (a SQLite file or a PostgreSQL database, as the run's <see cref="Infrastructure.TestDatabase"/>
/// says), for hosts that must not share their outbox with the fixture's host (whose dispatcher would publish
/// what they leave behind). The first host over it migrates and seeds it. With the RabbitMQ transport it
/// comes with a virtual host of its own too, so that the fixture's host does not store its events.
/// </summary>
public sealed class SeparateDatabase : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-separate-");
    private readonly Infrastructure.TestDatabase database;
    private readonly Infrastructure.TestTransport transport;

    public SeparateDatabase()
    {
        database = Infrastructure.TestDatabase.Create(folder.FullName);
        transport = Infrastructure.TestTransport.CreateAsync().GetAwaiter().GetResult();
    }

    public IReadOnlyDictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(database.Settings.Concat(transport.Settings));
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The database goes away under the hosts that use it, as a server that stopped answering.</summary>
    public Task MakeUnreachableAsync() => database.MakeUnreachableAsync();

    public void Dispose()
    {
        database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        transport.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (Directory.Exists(folder.FullName))
        {
            folder.Delete(recursive: true);
        }
    }
}
