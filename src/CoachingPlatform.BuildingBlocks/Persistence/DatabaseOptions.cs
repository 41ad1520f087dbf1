using System.ComponentModel.DataAnnotations;

namespace CoachingPlatform.BuildingBlocks.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [AllowedValues(DatabaseProvider.Sqlite, DatabaseProvider.SqlServer)]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start-up (the embedded default). Production applies a generated script.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
