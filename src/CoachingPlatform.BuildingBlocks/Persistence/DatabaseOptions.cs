using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.BuildingBlocks.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [AllowedValues(DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer)]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start-up (the embedded default). Production applies a generated script.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqlServer = "SqlServer";

    /// <summary>The provider <c>Database:Provider</c> names (SQLite when unset).</summary>
    public static string From(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        configuration[$"{DatabaseOptions.Section}:Provider"] is { Length: > 0 } provider ? provider : Sqlite;

    /// <summary>A database server that several nodes share (PostgreSQL or SQL Server), as opposed to a file.</summary>
    public static bool IsServer(Microsoft.Extensions.Configuration.IConfiguration configuration) => From(configuration) != Sqlite;
}
