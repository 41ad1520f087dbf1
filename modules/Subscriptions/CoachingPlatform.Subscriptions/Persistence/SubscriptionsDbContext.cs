using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Subscriptions.Persistence;

internal abstract class SubscriptionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "subscriptions";

    public DbSet<Subscriber> Subscribers => Set<Subscriber>();

    public DbSet<DigestArticle> DigestArticles => Set<DigestArticle>();

    public DbSet<DigestComment> DigestComments => Set<DigestComment>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<CoachDigest> CoachDigests => Set<CoachDigest>();

    protected override string Schema => SchemaName;
}

internal sealed class SqliteSubscriptionsDbContext(DbContextOptions<SqliteSubscriptionsDbContext> options) : SubscriptionsDbContext(options);

internal sealed class SqlServerSubscriptionsDbContext(DbContextOptions<SqlServerSubscriptionsDbContext> options) : SubscriptionsDbContext(options);

internal sealed class PostgresSubscriptionsDbContext(DbContextOptions<PostgresSubscriptionsDbContext> options) : SubscriptionsDbContext(options);

internal sealed class SqliteSubscriptionsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteSubscriptionsDbContext>(SubscriptionsDbContext.SchemaName);

internal sealed class SqlServerSubscriptionsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerSubscriptionsDbContext>(SubscriptionsDbContext.SchemaName);

internal sealed class PostgresSubscriptionsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresSubscriptionsDbContext>(SubscriptionsDbContext.SchemaName);
