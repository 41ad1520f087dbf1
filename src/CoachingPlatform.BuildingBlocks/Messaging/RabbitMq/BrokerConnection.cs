using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// One plain AMQP connection per process beside MassTransit's, for the readiness check and the reader of
/// the error queues: opened when first needed, opened again after the broker dropped it.
/// </summary>
internal sealed class BrokerConnection(IOptions<MessagingOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim opening = new(1, 1);
    private IConnection? connection;

    public async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await (await ConnectAsync(cancellationToken)).CreateChannelAsync(cancellationToken: cancellationToken);
        }
        catch (Exception) when (connection is { IsOpen: false })
        {
            await DropAsync();
            throw;
        }
    }

    /// <summary>How long the broker has to answer a ping.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(3);

    /// <summary>A round trip to the broker, a channel opened and closed, within <see cref="PingTimeout"/>.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PingTimeout);
        await using var channel = await OpenChannelAsync(timeout.Token);
        await channel.CloseAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await DropAsync();

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await opening.WaitAsync(cancellationToken);
        try
        {
            if (connection is { IsOpen: true })
            {
                return connection;
            }

            await DropAsync();
            var factory = new ConnectionFactory
            {
                Uri = options.Value.RabbitMq.Address(),
                AutomaticRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
                ClientProvidedName = "coaching-platform-checks",
            };
            connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection;
        }
        finally
        {
            opening.Release();
        }
    }

    private async Task DropAsync()
    {
        var dropped = Interlocked.Exchange(ref connection, null);
        if (dropped is not null)
        {
            try
            {
                await dropped.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or RabbitMQ.Client.Exceptions.AlreadyClosedException)
            {
                // Already gone with the broker.
            }
        }
    }
}
