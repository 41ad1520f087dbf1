using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Identity.Domain;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Sessions;

/// <summary>
/// Makes the <see cref="StampCache"/> forget every account a save changes or deletes: when the save starts,
/// and again once the change is visible (after the save, or when its transaction commits: only then do other
/// requests read the new stamp). Forgetting more often than needed costs one database read; forgetting only
/// early would let a request that read the old stamp meanwhile keep it, hence the last forget.
/// </summary>
internal sealed class StampChangeInterceptor(StampCache cache) : CommittedSaveInterceptor<List<Guid>>
{
    protected override List<Guid>? WorkOf(DbContext context)
    {
        List<Guid>? accounts = null;
        foreach (var entry in context.ChangeTracker.Entries<AppUser>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                (accounts ??= []).Add(entry.Entity.Id);
            }
        }

        return accounts;
    }

    protected override void Starting(List<Guid> accounts) => cache.Forget(accounts);

    protected override void Visible(List<Guid> accounts) => cache.Forget(accounts);
}
