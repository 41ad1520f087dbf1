using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.Identity.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Persistence;

internal abstract class IdentityDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IMessageStore, IDataProtectionKeyContext
{
    public const string Schema = "identity";

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The data-protection key ring on a server database, shared by every node (SQLite keeps it in files).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public DbSet<OutgoingMail> Mail => Set<OutgoingMail>();

    DbContext IMessageStore.Context => this;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ConfigureConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleModel.Build(builder, typeof(IdentityDbContext).Assembly, Schema, Database);
    }
}

internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqlServerIdentityDbContext(DbContextOptions<SqlServerIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqliteIdentityDesignTimeFactory() : SqliteDesignTimeFactory<SqliteIdentityDbContext>(IdentityDbContext.Schema);

internal sealed class SqlServerIdentityDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerIdentityDbContext>(IdentityDbContext.Schema);

internal sealed class PostgresIdentityDesignTimeFactory() : PostgresDesignTimeFactory<PostgresIdentityDbContext>(IdentityDbContext.Schema);
