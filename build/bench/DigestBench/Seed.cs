using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DigestBench;

/// <summary>
/// Writes confirmed weekly subscribers (the measured run), confirmed daily ones (the warm-up run) and new
/// content straight into the app's SQLite file, in one transaction: the app's own subscribe-and-confirm path
/// would take longer than the run being measured.
/// Columns the bench does not know get their type's zero, so a newer schema still seeds.
/// </summary>
internal static class Seed
{
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>How long the weekly digest run took to queue its mails (started to finished, as it recorded).</summary>
    public static double RunSeconds(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"StartedAt\", \"FinishedAt\" FROM subscriptions_digest_runs WHERE \"Frequency\" = 'Weekly'";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(1) ? (reader.GetDateTime(1) - reader.GetDateTime(0)).TotalSeconds : double.NaN;
    }

    public static void Run(string database, int subscribers, int warmUp)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var now = DateTime.UtcNow;
        Insert(connection, transaction, "subscriptions_digest_articles", 3, i => new()
        {
            ["Id"] = Guid.CreateVersion7().ToString().ToUpperInvariant(),
            ["Slug"] = $"bench-article-{i}",
            ["Title"] = $"Bench article {i}: small steps that hold",
            ["Excerpt"] = "How a practice keeps its promises when nobody is watching, in three short habits.",
            ["PublishedAt"] = Time(now.AddHours(-1 - i)),
        });
        Insert(connection, transaction, "subscriptions_digest_comments", 3, i => new()
        {
            ["Id"] = Guid.CreateVersion7().ToString().ToUpperInvariant(),
            ["ArticleSlug"] = "bench-article-0",
            ["ArticleTitle"] = "Bench article 0: small steps that hold",
            ["AuthorName"] = $"Reader {i}",
            ["BodyExcerpt"] = "This is exactly what I needed this week; the second habit changed my mornings.",
            ["ApprovedAt"] = Time(now.AddMinutes(-30 - i)),
            ["Replies"] = i,
        });
        var at = Time(now.AddDays(-1));
        void Subscribers(int count, string prefix, string frequency, int first) =>
            Insert(connection, transaction, "subscriptions_subscribers", count, i => new()
            {
                ["Id"] = Guid.CreateVersion7().ToString().ToUpperInvariant(),
                ["Email"] = $"{prefix}{i:000000}@example.com",
                ["Frequency"] = frequency,
                ["SubscribedAt"] = at,
                ["ConfirmedAt"] = at,
                ["ConfirmTokenHash"] = (first + i).ToString("x64", CultureInfo.InvariantCulture),
                ["ConfirmationSentAt"] = at,
                ["Paused"] = 0,
                ["LinkGeneration"] = 1,
            });
        Subscribers(subscribers, "reader", "Weekly", 0);
        Subscribers(warmUp, "warmup", "Daily", subscribers);
        transaction.Commit();
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, string table, int rows, Func<int, Dictionary<string, object>> row)
    {
        var columns = Columns(connection, transaction, table);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        for (var i = 0; i < rows; i++)
        {
            var values = row(i);
            for (var c = 0; c < columns.Count; c++)
            {
                parameters[c].Value = values.TryGetValue(columns[c].Name, out var value) ? value : columns[c].Zero;
            }

            command.ExecuteNonQuery();
        }
    }

    private static List<(string Name, object Zero)> Columns(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name, type, \"notnull\" FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, object)>();
        while (reader.Read())
        {
            var nullable = reader.GetInt64(2) == 0;
            object zero = nullable ? DBNull.Value : reader.GetString(1).Equals("TEXT", StringComparison.OrdinalIgnoreCase) ? "" : 0;
            columns.Add((reader.GetString(0), zero));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"The database has no table {table}.");
    }
}
