using Microsoft.Data.Sqlite;

namespace CoachingPlatform.IntegrationTests.Messaging;

/// <summary>
/// A database file of its own, for hosts that must not share their outbox with the fixture's host (whose
/// dispatcher would publish what they leave behind). The first host over it migrates and seeds it.
/// </summary>
public sealed class SeparateDatabase : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coaching-separate-");

    public IReadOnlyDictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Coaching"] = $"Data Source={Path.Combine(folder.FullName, "coaching.db")}",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
