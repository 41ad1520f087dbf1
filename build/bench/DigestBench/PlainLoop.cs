using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Data.Sqlite;
using CoachingPlatform.BuildingBlocks.Email;
using MimeKit;

namespace DigestBench;

/// <summary>
/// The yardstick: the same mails, rendered beforehand (untimed) by the app's own code from its mail queue
/// (a digest's queue row refers to the edition's shared body and carries the reader's values), read back
/// one at a time and sent by a plain MailKit loop over one connection, with Nagle's algorithm off as the
/// app's sender has it, and no database writes.
/// </summary>
internal static class PlainLoop
{
    /// <summary>Writes every digest as it goes out into a table of its own, so the timed loop only reads and sends.</summary>
    public static void Render(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TABLE bench_rendered (\"To\" TEXT, \"ToName\" TEXT, \"Subject\" TEXT, \"Html\" TEXT, \"Text\" TEXT, \"Headers\" TEXT)";
            create.ExecuteNonQuery();
        }

        var bodies = new Dictionary<string, MailBody>();
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT \"Id\", \"Subject\", \"Html\", \"Text\", \"Headers\" FROM subscriptions_mail_bodies";
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                bodies[reader.GetString(0)] = MailBody.Create(new EmailMessage("", reader.GetString(1), reader.GetString(2), reader.GetString(3))
                {
                    Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4)) ?? [],
                }, DateTime.UtcNow);
            }
        }

        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "INSERT INTO bench_rendered VALUES ($to, $name, $subject, $html, $text, $headers)";
        var parameters = new[] { "$to", "$name", "$subject", "$html", "$text", "$headers" }.Select(n => write.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        read.CommandText = "SELECT \"To\", \"ToName\", \"Subject\", \"Html\", \"Text\", \"Headers\", \"BodyId\", \"Fields\" FROM subscriptions_mail_queue WHERE \"Key\" LIKE 'digest:%weekly%'";
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var mail = reader.IsDBNull(6)
                    ? new EmailMessage(reader.GetString(0), reader.GetString(2), reader.GetString(3), reader.GetString(4))
                    {
                        Headers = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [],
                    }
                    : bodies[reader.GetString(6)].Fill(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(7)) ?? []);
                object[] values = [mail.To, (object?)mail.ToName ?? DBNull.Value, mail.Subject, mail.Html, mail.Text, JsonSerializer.Serialize(mail.Headers)];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                write.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>Sends the first <paramref name="warmUp"/> mails untimed, then every mail timed; answers the timed part.</summary>
    public static async Task<(int Sent, TimeSpan Elapsed, TimeSpan Cpu)> RunAsync(string database, int port, int warmUp)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var client = new SmtpClient();
        await socket.ConnectAsync("127.0.0.1", port);
        await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);

        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await SendAsync(client, connection, warmUp);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var sent = await SendAsync(client, connection, int.MaxValue);
        var elapsed = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await client.DisconnectAsync(quit: true);
        return (sent, elapsed, cpu);
    }

    private static async Task<int> SendAsync(SmtpClient client, SqliteConnection connection, int limit)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"To\", \"ToName\", \"Subject\", \"Html\", \"Text\", \"Headers\" FROM bench_rendered LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync();
        var sent = 0;
        while (await reader.ReadAsync())
        {
            var mime = new MimeMessage();
            mime.From.Add(new MailboxAddress("CoachingPlatform", "hello@coaching.example"));
            mime.To.Add(new MailboxAddress(reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetString(0)));
            mime.Subject = reader.GetString(2);
            foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [])
            {
                mime.Headers.Add(name, value);
            }

            mime.Body = new BodyBuilder { HtmlBody = reader.GetString(3), TextBody = reader.GetString(4) }.ToMessageBody();
            await client.SendAsync(mime);
            sent++;
        }

        return sent;
    }
}
