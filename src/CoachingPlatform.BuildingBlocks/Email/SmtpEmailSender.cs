using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// MailKit over SMTP, one connection per batch. The socket is connected here with Nagle's algorithm
/// off: MailKit's own connect leaves it on, and every message then waits on a delayed ACK.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var settings = options.Value;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var client = new SmtpClient();
        try
        {
            await socket.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, cancellationToken);
            await client.ConnectAsync(socket, settings.Smtp.Host, settings.Smtp.Port,
                settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
            }

            foreach (var message in messages)
            {
                await client.SendAsync(MimeMessages.From(message, settings), cancellationToken);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        finally
        {
            socket.Dispose();
        }
    }
}
