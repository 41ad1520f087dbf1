using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// A counter of saved changes to some data, for caches of views built from it: a view is kept under the
/// version read before it was built and served only while the version stands still. The counter moves once
/// a save of that data is visible to other requests (<see cref="ChangeVersionInterceptor"/>: after the save,
/// or when its transaction commits), so a view built before then, however much of the save it missed, is
/// never served after it. Per process: another node's saves are seen only when the views cached here expire.
/// </summary>
public class ChangeVersion
{
    private long version;

    public long Current => Interlocked.Read(ref version);

    public void Changed() => Interlocked.Increment(ref version);
}

/// <summary>Moves a <see cref="ChangeVersion"/> on for every save that adds, changes or removes an entity it counts.</summary>
public sealed class ChangeVersionInterceptor(ChangeVersion version, Func<object, bool> counts) : CommittedSaveInterceptor<ChangeVersion>
{
    protected override ChangeVersion? WorkOf(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && counts(e.Entity))
            ? version
            : null;

    protected override void Visible(ChangeVersion work) => work.Changed();
}
