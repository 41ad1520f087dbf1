using MassTransit;

namespace CoachingPlatform.BuildingBlocks.Messaging.RabbitMq;

/// <summary>
/// MassTransit's hosted service starts the bus without waiting for it (a node starts while the broker is
/// unreachable), and a bus told to stop before its start has finished ignores it ("Not Started"), then
/// finishes starting and consumes for a host that is gone: its consumers stay on the queues and take messages
/// no inbox stores. The stop waits for the start first (as long as the stop may take), then stops the bus.
/// </summary>
internal sealed class StartAwareBusDepot(IBusDepot depot) : IBusDepot
{
    private Task starting = Task.CompletedTask;

    public Task Start(CancellationToken cancellationToken) => starting = depot.Start(cancellationToken);

    public async Task Stop(CancellationToken cancellationToken)
    {
        // A start that failed leaves nothing to wait for; one that outlasts the stop's time (the host's shutdown
        // timeout) is not waited for any longer.
        await starting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await depot.Stop(cancellationToken);
    }
}
