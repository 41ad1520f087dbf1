using System.Net;
using SmtpServer;
using SmtpServer.Net;

namespace CoachingPlatform.IntegrationTests.Infrastructure.Mail;

/// <summary>An SMTP server in the test process on a free loopback port; the app sends its mail here.</summary>
public sealed class TestMailServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly SmtpServer.SmtpServer server;
    private readonly Task running;
    private readonly Lock sessionsGate = new();
    private int sessionsOpen;

    private TestMailServer(SmtpServer.SmtpServer server, Task running, MailInbox inbox, int port)
    {
        this.server = server;
        this.running = running;
        Inbox = inbox;
        Port = port;
        server.SessionCreated += (_, _) => CountSession(+1);
        server.SessionCompleted += (_, _) => CountSession(-1);
        server.SessionFaulted += (_, _) => CountSession(-1);
        server.SessionCancelled += (_, _) => CountSession(-1);
    }

    /// <summary>SMTP sessions (client connections) opened since the start.</summary>
    public int Sessions { get; private set; }

    /// <summary>The most SMTP sessions that were open at the same time.</summary>
    public int MostSessionsAtOnce { get; private set; }

    public MailInbox Inbox { get; }

    public string Host => IPAddress.Loopback.ToString();

    public int Port { get; }

    /// <summary>Starts on <paramref name="port"/>, or on a free one when it is 0.</summary>
    public static async Task<TestMailServer> StartAsync(int port = 0)
    {
        var inbox = new MailInbox();
        var listeners = new NoDelayListeners();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            // SmtpServer ends a session after two minutes by default; the app keeps a connection for a whole drain.
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).SessionTimeout(TimeSpan.FromHours(1)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(inbox);

        var server = new SmtpServer.SmtpServer(options, services);
        var running = server.StartAsync(CancellationToken.None);
        var first = await Task.WhenAny(listening.Task, running).WaitAsync(StartTimeout);
        if (first != listening.Task)
        {
            await running;
            throw new InvalidOperationException("The test SMTP server stopped before it listened.");
        }

        return new TestMailServer(server, running, inbox, await listening.Task);
    }

    private void CountSession(int change)
    {
        lock (sessionsGate)
        {
            sessionsOpen += change;
            Sessions += Math.Max(change, 0);
            MostSessionsAtOnce = Math.Max(MostSessionsAtOnce, sessionsOpen);
        }
    }

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await Task.WhenAny(server.ShutdownTask, running).WaitAsync(StartTimeout);
    }
}
