using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.BuildingBlocks.Email;

/// <summary>
/// Whether the SMTP server answers with its greeting. Reported as Degraded at worst: mail waits in the
/// queue and is retried, so a node without its mail server still serves pages and stays in the proxy.
/// The answer is kept for a few seconds so that frequent readiness probes do not open a session each.
/// </summary>
internal sealed class SmtpHealthCheck(IOptions<EmailOptions> options, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private (DateTimeOffset At, string? Problem)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (last is not { } known || now - known.At > KeepFor || now < known.At)
        {
            known = (now, await ProblemAsync(cancellationToken));
            last = known;
        }

        var smtp = options.Value.Smtp;
        return known.Problem is null
            ? HealthCheckResult.Healthy($"{smtp.Host}:{smtp.Port} answers.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"{smtp.Host}:{smtp.Port}: {known.Problem}");
    }

    private async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(smtp.Host, smtp.Port, timeout.Token);
            var buffer = new byte[512];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            var greeting = Encoding.ASCII.GetString(buffer, 0, read);
            if (!greeting.StartsWith("220", StringComparison.Ordinal))
            {
                return $"greeted with \"{greeting.Trim()}\" instead of 220";
            }

            await socket.SendAsync("QUIT\r\n"u8.ToArray(), SocketFlags.None, timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no greeting within 3 seconds";
        }
        catch (SocketException ex)
        {
            return ex.Message;
        }
    }
}
