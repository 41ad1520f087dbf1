namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Something to be done once outside the request that wrote it: publish an event, run a consumer, send a
/// mail. Workers claim a row with a lease (owner and expiry) before working on it, so any number of
/// processes share the table and a crashed owner's rows are taken over when the lease runs out. What fails
/// is retried with growing delays; what keeps failing becomes a dead letter an admin can retry or discard.
/// </summary>
public abstract class DeliveryItem
{
    public const int OwnerMaxLength = 120;

    public Guid Id { get; protected set; }

    public int Attempts { get; private set; }

    /// <summary>Not before this time: the first try is due at once, a retry after its backoff.</summary>
    public DateTime NextAttemptAt { get; protected set; }

    /// <summary>The claim's owner; compared on every save, so a worker whose lease was taken over saves nothing.</summary>
    public string? LockedBy { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public string? Error { get; private set; }

    /// <summary>When it was done: published, handled or sent.</summary>
    public DateTime? ProcessedAt { get; private set; }

    /// <summary>When it ran out of attempts (or failed for good): a dead letter until retried or discarded.</summary>
    public DateTime? DeadAt { get; private set; }

    public DateTime? DiscardedAt { get; private set; }

    public bool IsDead => DeadAt is not null && DiscardedAt is null;

    /// <summary>The W3C traceparent of the work that wrote the row; the worker continues that trace.</summary>
    public string? TraceParent { get; protected set; }

    public void MarkProcessed(DateTime now)
    {
        ProcessedAt = now;
        Error = null;
        Release();
    }

    /// <summary>One more failed attempt: retried after a growing delay, or dead once the policy says so.</summary>
    public void MarkFailed(string error, DateTime now, RetryPolicy policy, bool permanent = false)
    {
        Attempts++;
        Error = error.Length > 2000 ? error[..2000] : error;
        if (permanent || Attempts >= policy.MaxAttempts)
        {
            DeadAt = now;
        }
        else
        {
            NextAttemptAt = now + policy.DelayAfter(Attempts);
        }

        Release();
    }

    /// <summary>An admin's second chance for a dead letter: a fresh set of attempts, due now.</summary>
    public void Retry(DateTime now)
    {
        Attempts = 0;
        DeadAt = null;
        DiscardedAt = null;
        NextAttemptAt = now;
        Release();
    }

    public void Discard(DateTime now) => DiscardedAt = now;

    /// <summary>Gives a claimed row back without counting an attempt, due again at <paramref name="until"/>.</summary>
    public void Postpone(DateTime until)
    {
        NextAttemptAt = until;
        Release();
    }

    /// <summary>Gives a claimed row back untouched, e.g. when the batch stopped before reaching it.</summary>
    public void Release()
    {
        LockedBy = null;
        LockedUntil = null;
    }
}
