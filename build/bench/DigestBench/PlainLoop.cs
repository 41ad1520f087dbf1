using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Data.Sqlite;
using MimeKit;

namespace DigestBench;

/// <summary>
/// The yardstick: the same pre-rendered mails (read back from the app's mail queue, one at a time) sent
/// by a plain MailKit loop over one connection, with Nagle's algorithm off as the app's sender has it, and
/// no database writes.
/// </summary>
internal static class PlainLoop
{
    public static async Task<(int Sent, TimeSpan Elapsed)> RunAsync(string database, int port)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var client = new SmtpClient();
        await socket.ConnectAsync("127.0.0.1", port);
        await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None);

        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"To\", \"ToName\", \"Subject\", \"Html\", \"Text\", \"Headers\" FROM subscriptions_mail_queue WHERE \"Key\" LIKE 'digest:%'";
        await using var reader = await command.ExecuteReaderAsync();
        var sent = 0;
        var clock = Stopwatch.StartNew();
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

        var elapsed = clock.Elapsed;
        await client.DisconnectAsync(quit: true);
        return (sent, elapsed);
    }
}
