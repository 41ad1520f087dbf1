using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Takes due rows for one worker: it picks up to a batch of candidates that are due and unclaimed (or whose
/// claim expired), an UPDATE per candidate sets a fresh owner and expiry on those still due, then the
/// candidates carrying that owner are read back. The condition is repeated in the UPDATE itself, so two
/// workers that picked the same candidates cannot both own a row: the database serializes the two updates
/// and the second finds the row claimed. Cancellation is honoured only before anything is claimed: from the
/// first update on, the claim runs to the end and reads its rows back even when the host is stopping, so the
/// worker finishes or gives back every row it owns; a claim cut off halfway would leave rows owned by no
/// one for a whole lease. Where the provider has it, <see cref="SkipLockedClaims"/> takes the rows instead.
/// </summary>
public static class Claims
{
    private const int MaxLostRaces = 16;

    public static Task<List<T>> ClaimAsync<T>(this DbSet<T> rows, string node, DateTime now, DeliveryOptions options, CancellationToken ct)
        where T : DeliveryItem => rows.ClaimAsync(node, now, options, inWrittenOrder: true, ct);

    /// <summary>
    /// Like the overload above; without <paramref name="inWrittenOrder"/>, rows whose due times tie come in
    /// whatever order the due index gives, so the database stops after a batch instead of sorting every due
    /// row (a mail queue holding a digest run has 100,000 of them, and mails promise no order).
    /// </summary>
    public static async Task<List<T>> ClaimAsync<T>(this DbSet<T> rows, string node, DateTime now, DeliveryOptions options, bool inWrittenOrder, CancellationToken ct)
        where T : DeliveryItem
    {
        var owner = Owner(node);
        var until = now + options.Lease;
        if (SkipLockedClaims.Applies(rows))
        {
            ct.ThrowIfCancellationRequested();
            var taken = await SkipLockedClaims.ClaimAsync(rows, owner, now, until, options.BatchSize);
            return taken == 0 ? [] : await rows.Where(r => r.LockedBy == owner).OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).ToListAsync(CancellationToken.None);
        }

        var due = Due(rows, now).OrderBy(r => r.NextAttemptAt);
        for (var lost = 0; ; lost++)
        {
            var candidates = await (inWrittenOrder ? due.ThenBy(r => r.Id) : due).Select(r => r.Id).Take(options.BatchSize).ToListAsync(ct);
            if (candidates.Count == 0)
            {
                return [];
            }

            // One UPDATE per candidate, by key: with the due condition beside a list of keys, SQLite walks the due
            // index instead (seconds per claim, holding the write lock, once a digest run has queued 100,000 mails).
            var claimed = await KeyedClaims.ClaimAsync(rows, candidates, owner, now, until);
            if (claimed > 0)
            {
                // Read back by key: a scan for the owner would read every row of the table, bodies included.
                return await rows.Where(r => candidates.Contains(r.Id) && r.LockedBy == owner).OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).ToListAsync(CancellationToken.None);
            }

            // Workers that pick candidates at the same moment pick the same ones, and all but one find them
            // taken. Such a worker picks again (the winner's claim is committed by now, so it sees the next
            // rows) instead of answering "nothing due" with rows still waiting, which would idle it until
            // the next commit or poll.
            if (lost == MaxLostRaces)
            {
                return [];
            }
        }
    }

    /// <summary>Whether anything is waiting, without claiming it (tests and health checks ask).</summary>
    public static IQueryable<T> Pending<T>(this DbSet<T> rows)
        where T : DeliveryItem => rows.Where(r => r.ProcessedAt == null && r.DeadAt == null);

    private static IQueryable<T> Due<T>(DbSet<T> rows, DateTime now)
        where T : DeliveryItem =>
        rows.Where(r => r.ProcessedAt == null && r.DeadAt == null && r.NextAttemptAt <= now && (r.LockedUntil == null || r.LockedUntil < now));

    private static string Owner(string node)
    {
        var id = Guid.NewGuid().ToString("N");
        var prefix = node.Length > DeliveryItem.OwnerMaxLength - id.Length - 1 ? node[..(DeliveryItem.OwnerMaxLength - id.Length - 1)] : node;
        return $"{prefix}/{id}";
    }
}
