using System.Net;
using System.Net.Sockets;
using CoachingPlatform.IntegrationTests.Infrastructure;

namespace CoachingPlatform.IntegrationTests.Messaging.RabbitMq;

/// <summary>
/// A loopback port that forwards to the broker until it is closed: closing drops every connection through
/// it and refuses new ones, which is what an app sees when the broker goes away; opening lets them in again.
/// Held, it takes new connections but forwards them only once released, as a broker slow to answer.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly int target;
    private readonly List<TcpClient> connections = [];
    private TcpListener? listener;
    private CancellationTokenSource? accepting;
    private TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TcpGate(int target)
    {
        this.target = target;
        Port = FreeTcpPort.Next();
        released.SetResult();
        Open();
    }

    public int Port { get; }

    public void Open()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        accepting = new CancellationTokenSource();
        _ = AcceptAsync(listener, accepting.Token);
    }

    public void Hold() => released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => released.TrySetResult();

    public void Close()
    {
        accepting?.Cancel();
        listener?.Stop();
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Close();
            }

            connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        accepting?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await from.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, released.Task, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, Task release, CancellationToken cancellationToken)
    {
        var upstream = new TcpClient();
        try
        {
            await release.WaitAsync(cancellationToken);
            await upstream.ConnectAsync(IPAddress.Loopback, target, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException)
        {
            client.Close();
            upstream.Close();
            return;
        }

        lock (connections)
        {
            connections.Add(client);
            connections.Add(upstream);
        }

        await PumpAsync(client, upstream);
    }

    private static async Task PumpAsync(TcpClient client, TcpClient upstream)
    {
        try
        {
            await Task.WhenAny(client.GetStream().CopyToAsync(upstream.GetStream()), upstream.GetStream().CopyToAsync(client.GetStream()));
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // One side went away: both are closed below.
        }
        finally
        {
            client.Close();
            upstream.Close();
        }
    }
}
