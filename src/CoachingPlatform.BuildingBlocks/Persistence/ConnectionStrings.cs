using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CoachingPlatform.BuildingBlocks.Persistence;

public static class ConnectionStrings
{
    public const string DefaultSqlite = "Data Source=data/coaching.db";

    /// <summary>The one database every module shares; a SQLite file's folder is created on demand.</summary>
    public static string Coaching(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString("Coaching");
        var provider = DatabaseProvider.From(configuration);
        if (provider != DatabaseProvider.Sqlite)
        {
            return value ?? throw new InvalidOperationException($"ConnectionStrings:Coaching is required for {provider}.");
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(value) ? DefaultSqlite : value)
        {
            DefaultTimeout = 30,
            Pooling = true,
        };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
