namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>Exponential backoff from <see cref="BaseDelay"/>, capped, over at most <see cref="MaxAttempts"/> attempts.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = BaseDelay * factor;
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
