using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Sessions;

/// <summary>
/// The security stamp the database last returned for an account, kept for a few seconds
/// (<see cref="StampCacheOptions.StampCacheSeconds"/>) so that a burst of signed-in requests reads it once.
/// Any save of an account on this node (sign-out, password change or reset, erasure) forgets it at once,
/// as the save starts and again once the change is visible (after the save, or when its transaction
/// commits); a read that was under way while an account was forgotten is not kept, so an old stamp cannot
/// come back. Another node's change is seen when this node's copy expires.
/// </summary>
internal sealed class StampCache : IDisposable
{
    private readonly MemoryCache stamps = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;
    private long generation;

    public StampCache(IOptions<StampCacheOptions> options, TimeProvider clock)
    {
        this.clock = clock;
        lifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.StampCacheSeconds));
    }

    /// <summary>Taken before reading a stamp from the database; <see cref="Keep"/> needs it.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public bool TryGet(Guid userId, out string? stamp)
    {
        // The app's clock decides when a copy is too old (the memory cache's own expiry only frees memory).
        if (stamps.TryGetValue(userId, out Entry? entry) && entry is not null && clock.GetUtcNow() < entry.Until)
        {
            stamp = entry.Stamp;
            return true;
        }

        stamp = null;
        return false;
    }

    /// <summary>Keeps a stamp just read, unless an account was forgotten since <paramref name="seen"/> was taken.</summary>
    public void Keep(Guid userId, string stamp, long seen)
    {
        if (lifetime <= TimeSpan.Zero || Generation != seen)
        {
            return;
        }

        stamps.Set(userId, new Entry(stamp, clock.GetUtcNow() + lifetime),
            new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });

        // A forget that ran between the check above and the set has to win: drop what was just set.
        if (Generation != seen)
        {
            stamps.Remove(userId);
        }
    }

    public void Forget(IReadOnlyCollection<Guid> userIds)
    {
        Interlocked.Increment(ref generation);
        foreach (var id in userIds)
        {
            stamps.Remove(id);
        }
    }

    public void Dispose() => stamps.Dispose();

    private sealed record Entry(string Stamp, DateTimeOffset Until);
}
