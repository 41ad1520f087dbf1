using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Community.Persistence;

internal abstract class CommunityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "community";

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentReport> Reports => Set<CommentReport>();

    public DbSet<ModerationDecision> Decisions => Set<ModerationDecision>();

    protected override string Schema => SchemaName;
}

internal sealed class SqliteCommunityDbContext(DbContextOptions<SqliteCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class SqlServerCommunityDbContext(DbContextOptions<SqlServerCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class PostgresCommunityDbContext(DbContextOptions<PostgresCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class SqliteCommunityDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCommunityDbContext>(CommunityDbContext.SchemaName);

internal sealed class SqlServerCommunityDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerCommunityDbContext>(CommunityDbContext.SchemaName);

internal sealed class PostgresCommunityDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCommunityDbContext>(CommunityDbContext.SchemaName);
