namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>Wakes a worker right after a commit that gave it work, so nothing waits for the next poll.</summary>
public sealed class Signal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: one wake-up handles everything pending.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>One signal for the event workers (outbox and inbox), one for the mail worker.</summary>
public sealed class DeliverySignals
{
    public Signal Events { get; } = new();

    public Signal Mail { get; } = new();
}
