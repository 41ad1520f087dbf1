using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// MailKit over SMTP. The socket is connected here with Nagle's algorithm off: MailKit's own connect leaves
/// it on, and every message then waits on a delayed ACK. Connecting and every command time out.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task<IMailConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var timeout = TimeSpan.FromSeconds(settings.Smtp.TimeoutSeconds);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connecting.CancelAfter(timeout);
            await socket.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, connecting.Token);
            await client.ConnectAsync(socket, settings.Smtp.Host, settings.Smtp.Port,
                settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, connecting.Token);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", connecting.Token);
            }

            return new Connection(client, socket, settings);
        }
        catch
        {
            client.Dispose();
            socket.Dispose();
            throw;
        }
    }

    private sealed class Connection(SmtpClient client, Socket socket, EmailOptions settings) : IMailConnection
    {
        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            try
            {
                await client.SendAsync(MimeMessages.From(message, settings), cancellationToken);
            }
            catch (SmtpCommandException refused) when (refused.ErrorCode is not SmtpErrorCode.UnexpectedStatusCode)
            {
                throw new MailRejectedException(refused.Message, permanent: (int)refused.StatusCode >= 500, refused);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    using var quitting = new CancellationTokenSource(TimeSpan.FromSeconds(settings.Smtp.TimeoutSeconds));
                    await client.DisconnectAsync(quit: true, quitting.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ServiceNotConnectedException or SmtpProtocolException or SmtpCommandException)
            {
                // The mails are sent; a connection that fails to close cleanly changes nothing.
            }
            finally
            {
                client.Dispose();
                socket.Dispose();
            }
        }
    }
}
