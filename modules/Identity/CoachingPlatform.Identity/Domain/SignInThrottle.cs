namespace CoachingPlatform.Identity.Domain;

/// <summary>
/// Failed sign-ins under one key (an address someone tried, or the network address they tried from). A few
/// failures are free; then each further failure makes the next attempt wait longer, doubling up to a ceiling.
/// Nothing locks for good: the wait runs out, and the account's owner can lift it with a mailed link.
/// </summary>
internal sealed class SignInThrottle
{
    private SignInThrottle()
    {
    }

    public string Key { get; private set; } = "";

    public int Failures { get; private set; }

    public DateTime LastFailureAt { get; private set; }

    public DateTime? BlockedUntil { get; private set; }

    public string? UnlockTokenHash { get; private set; }

    public static SignInThrottle For(string key) => new() { Key = key };

    public static string AccountKey(string email) => "account:" + email.Trim().ToUpperInvariant();

    public static string NetworkKey(string? address) => "network:" + (address ?? "unknown");

    /// <summary>How long the caller must wait before the next attempt counts; null when they may try now.</summary>
    public TimeSpan? RetryAfter(DateTime now) => BlockedUntil > now ? BlockedUntil.Value - now : null;

    /// <summary>Counts a failure; true when this failure starts the waiting (the moment to tell the owner).</summary>
    public bool RecordFailure(DateTime now, SignInThrottleOptions options, int freeAttempts)
    {
        if (now - LastFailureAt > options.ForgetAfter)
        {
            Failures = 0;
        }

        Failures++;
        LastFailureAt = now;
        if (Failures < freeAttempts)
        {
            return false;
        }

        var doublings = Math.Min(Failures - freeAttempts, 20);
        var delay = TimeSpan.FromTicks(Math.Min(options.BaseDelay.Ticks << doublings, options.MaxDelay.Ticks));
        BlockedUntil = now + delay;
        return Failures == freeAttempts;
    }

    public void SetUnlockToken(string hash) => UnlockTokenHash = hash;
}
