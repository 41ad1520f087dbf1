using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Web;
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

    /// <summary>What readers see: a save of one of these moves <see cref="PublicContent.Version"/> on.</summary>
    public static bool ReadersSee(object entity) => entity is Article or Comment or CommentReport;
}

internal sealed class SqliteCommunityDbContext(DbContextOptions<SqliteCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class SqlServerCommunityDbContext(DbContextOptions<SqlServerCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class PostgresCommunityDbContext(DbContextOptions<PostgresCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class SqliteCommunityDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCommunityDbContext>(CommunityDbContext.SchemaName);

internal sealed class SqlServerCommunityDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerCommunityDbContext>(CommunityDbContext.SchemaName);

internal sealed class PostgresCommunityDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCommunityDbContext>(CommunityDbContext.SchemaName);
