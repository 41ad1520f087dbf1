using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Features.Digests;

/// <summary>What both digest runs (newsletter and coaches) do when a batch's save lost a race to another run of the same edition.</summary>
internal static class DigestRaces
{
    /// <summary>The other run queued some of the batch's mails first (a unique key), or, on a server database, deadlocked with it.</summary>
    public static bool IsLost(Exception exception) => exception is DbUpdateException || DbErrors.IsDeadlock(exception);

    /// <summary>Drops the batch's unsaved work and reads the run's own row again, so the batch can be read and saved anew.</summary>
    public static async Task ResumeAsync(SubscriptionsDbContext db, DigestRun run, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.DigestRuns.Attach(run);
        await db.Entry(run).ReloadAsync(cancellationToken);
    }
}
