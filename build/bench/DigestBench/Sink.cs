using System.Buffers;
using System.Net;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DigestBench;

/// <summary>An SMTP server on loopback that accepts every mail, counts it and throws the body away.</summary>
internal sealed class Sink : MessageStore, IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer server;
    private readonly Task running;
    private long count;

    public Sink(int port)
    {
        // SmtpServer ends a session after two minutes by default; the app keeps a connection for a whole drain.
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).SessionTimeout(TimeSpan.FromHours(1)))
            .CommandWaitTimeout(TimeSpan.FromHours(1)).Build();
        var services = new ServiceProvider();
        services.Add(this);
        services.Add(new NoDelayListeners());
        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(CancellationToken.None);
    }

    public long Count => Interlocked.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public async Task WaitForAsync(long mails, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Count < mails)
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"The sink had {Count:N0} of {mails:N0} mails after {timeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(50);
        }
    }

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return Task.FromResult(SmtpResponse.Ok);
    }

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await Task.WhenAny(server.ShutdownTask, running).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
