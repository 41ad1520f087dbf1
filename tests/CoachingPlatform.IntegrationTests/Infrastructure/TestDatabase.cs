using Microsoft.Data.Sqlite;
using Npgsql;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A database for one host or group of hosts: a SQLite file in the given folder (the default) or, when
/// <c>COACHING_TEST_DATABASE=Postgres</c>, a database of its own on the PostgreSQL server that
/// <c>COACHING_TEST_POSTGRES</c> names (default: postgres/postgres on 127.0.0.1:5432), dropped at the end.
/// A database per fixture lets the suite's collections run side by side on one server.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "COACHING_TEST_DATABASE";
    public const string ServerVariable = "COACHING_TEST_POSTGRES";

    /// <summary>The trait of tests that only mean something on a SQLite file; the PostgreSQL pass leaves them out.</summary>
    public const string Trait = "Database";
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>
    /// The trait of tests whose subject does not touch the database's behaviour (the OpenAPI document,
    /// security headers, the in-process rate limiter, password hashing time): the PostgreSQL pass leaves them
    /// out, as running them twice proves nothing more.
    /// </summary>
    public const string AnyDatabase = "Any";

    private readonly string? postgresName;

    private TestDatabase(string provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.postgresName = postgresName;
    }

    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => postgresName is not null;

    /// <summary>The settings that point a host at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Coaching"] = ConnectionString,
    };

    /// <summary>A new, empty database; the first host over it migrates it. <paramref name="postgres"/> asks for PostgreSQL whatever the run's choice.</summary>
    public static TestDatabase Create(string folder, bool postgres = false)
    {
        if (!OnPostgres && !postgres)
        {
            return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "coaching.db")}", null);
        }

        var name = $"coaching_test_{Guid.NewGuid():N}";
        using (var server = new NpgsqlConnection(Server()))
        {
            server.Open();
            using var create = server.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(Server()) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, name);
    }

    /// <summary>
    /// The database disappears under its hosts: the PostgreSQL database is dropped; the SQLite file's folder is
    /// deleted, so that opening it fails (SQLite creates a missing file, not a missing folder).
    /// </summary>
    public async Task MakeUnreachableAsync()
    {
        if (postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(new SqliteConnectionStringBuilder(ConnectionString).DataSource)!, recursive: true);
            return;
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(Server());
        await server.OpenAsync();
        await using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private static string Server()
    {
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ServerVariable)
            ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres")
        {
            Database = "postgres",
        };
        return builder.ConnectionString;
    }
}
