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

    /// <summary>Until the sink has counted <paramref name="mails"/>; a minute without a new mail is a stalled run.</summary>
    public async Task WaitForAsync(long mails)
    {
        var last = (Count: Count, At: System.Diagnostics.Stopwatch.StartNew());
        while (Count < mails)
        {
            await Task.Delay(50);
            if (Count != last.Count)
            {
                last = (Count, System.Diagnostics.Stopwatch.StartNew());
            }
            else if (last.At.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"The run stalled at {last.Count:N0} of {mails:N0} mails.");
            }
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
