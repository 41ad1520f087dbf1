using System.Collections.Concurrent;
using MassTransit;

namespace CoachingPlatform.IntegrationTests.Messaging;

/// <summary>Counts, per message id, the deliveries the bus's consumers have finished with; a test awaits a count.</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> finished = new();
    private readonly ConcurrentDictionary<Guid, Exception> faults = new();

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            finished.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            faults[id] = exception;
        }

        return Task.CompletedTask;
    }

    public Task WhenFinishedAsync(Guid messageId, int deliveries) =>
        Infrastructure.Eventually.UntilAsync(
            () => Task.FromResult(faults.TryGetValue(messageId, out var fault)
                ? throw new InvalidOperationException($"Consuming {messageId} failed.", fault)
                : finished.GetValueOrDefault(messageId)),
            count => count >= deliveries,
            $"{deliveries} finished deliveries of message {messageId}");
}
