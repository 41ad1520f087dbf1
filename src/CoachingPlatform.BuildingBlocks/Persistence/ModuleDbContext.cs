using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>
/// The base of a module's DbContext: its schema, its outbox, inbox and mail queue, shared conventions and
/// concurrency versions. A module derives one context per provider so every migration set lives in it.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IMessageStore
{
    protected abstract string Schema { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public DbSet<OutgoingMail> Mail => Set<OutgoingMail>();

    /// <summary>Bodies that many queued mails share (see <see cref="MailBody"/>).</summary>
    public DbSet<MailBody> MailBodies => Set<MailBody>();

    DbContext IMessageStore.Context => this;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        ModuleModel.Build(modelBuilder, GetType().Assembly, Schema, Database);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Renews the version of every aggregate this save changes, including one whose own row is untouched
    /// but whose children (a program's steps) are added, changed or removed: the version is what a racing
    /// writer's UPDATE is checked against, so a change to the children alone must move it too.
    /// </summary>
    private void RenewVersions()
    {
        List<EntityEntry>? changedChildren = null;
        foreach (var aggregate in ChangeTracker.Entries<IVersioned>().ToList())
        {
            if (aggregate.State is EntityState.Unchanged)
            {
                changedChildren ??= ChangeTracker.Entries()
                    .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IVersioned)
                    .ToList();
                if (!changedChildren.Any(child => IsChildOf(child, aggregate)))
                {
                    continue;
                }
            }

            if (aggregate.State is not EntityState.Deleted)
            {
                aggregate.Entity.Version = Guid.NewGuid();
            }
        }
    }

    private static bool IsChildOf(EntityEntry child, EntityEntry aggregate) =>
        child.Metadata.GetForeignKeys().Any(key =>
            key.PrincipalToDependent is not null
            && key.PrincipalEntityType.IsAssignableFrom(aggregate.Metadata)
            && key.Properties.Select((property, i) => Equals(
                    child.State == EntityState.Deleted ? child.OriginalValues[property] : child.CurrentValues[property],
                    aggregate.CurrentValues[key.PrincipalKey.Properties[i]]))
                .All(same => same));
}
