using CoachingPlatform.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Waits until one host's broker consumers have taken a given message into each of its consumers' inboxes (or
/// found it there already). The outbox probe cannot see a message delivered a second time, as it changes no
/// row; a test that redelivers one waits here instead. With the in-process transport the delivery is over
/// before the publish returns, so there is nothing to wait for.
/// </summary>
public sealed class BrokerArrivals : IConsumeObserver, IDisposable
{
    private readonly Guid messageId;
    private readonly int expected;
    private readonly ConnectHandle? handle;
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int consumed;

    private BrokerArrivals(IServiceProvider host, Guid messageId, Type messageType)
    {
        this.messageId = messageId;
        expected = host.GetRequiredService<ConsumerCatalog>().All.Count(e => e.Message == messageType);
        if (host.GetService<IBus>() is { } bus && expected > 0)
        {
            handle = bus.ConnectConsumeObserver(this);
        }
        else
        {
            arrived.SetResult();
        }
    }

    /// <summary>Starts watching before the message is sent, so that no consumption is missed.</summary>
    public static BrokerArrivals Watch(IServiceProvider host, OutboxMessage message)
    {
        message.ReadEvent(out var type);
        return new BrokerArrivals(host, message.Id, type);
    }

    public Task WaitAsync() => arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId == messageId && Interlocked.Increment(ref consumed) >= expected)
        {
            arrived.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public void Dispose() => handle?.Disconnect();
}
