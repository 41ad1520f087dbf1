using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Delivery;

/// <summary>
/// Takes due rows for one worker: a single UPDATE sets a fresh owner and expiry on up to a batch of rows
/// that are due and unclaimed (or whose claim expired), then the rows carrying that owner are read back.
/// The condition is repeated in the UPDATE itself, so two workers that picked the same candidates cannot
/// both own a row: the database serializes the two updates and the second finds the row claimed.
/// </summary>
public static class Claims
{
    public static async Task<List<T>> ClaimAsync<T>(this DbSet<T> rows, string node, DateTime now, DeliveryOptions options, CancellationToken ct)
        where T : DeliveryItem
    {
        var owner = Owner(node);
        var until = now + options.Lease;
        if (SkipLockedClaims.Applies(rows))
        {
            var taken = await SkipLockedClaims.ClaimAsync(rows, owner, now, until, options.BatchSize, ct);
            return taken == 0 ? [] : await rows.Where(r => r.LockedBy == owner).OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).ToListAsync(ct);
        }

        var candidates = Due(rows, now).OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).Select(r => r.Id).Take(options.BatchSize);
        var claimed = await Due(rows, now).Where(r => candidates.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LockedBy, owner).SetProperty(r => r.LockedUntil, until), ct);
        return claimed == 0 ? [] : await rows.Where(r => r.LockedBy == owner).OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).ToListAsync(ct);
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
