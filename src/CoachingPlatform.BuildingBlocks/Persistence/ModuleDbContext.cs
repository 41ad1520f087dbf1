using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

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
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Entity.Version = Guid.NewGuid();
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
