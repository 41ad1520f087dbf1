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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var readersSeeIt = ChangesWhatReadersSee();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (readersSeeIt)
        {
            PublicContent.Changed();
        }

        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var readersSeeIt = ChangesWhatReadersSee();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (readersSeeIt)
        {
            PublicContent.Changed();
        }

        return saved;
    }

    private bool ChangesWhatReadersSee() => ChangeTracker.Entries()
        .Any(e => e.Entity is Article or Comment or CommentReport && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}

internal sealed class SqliteCommunityDbContext(DbContextOptions<SqliteCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class SqlServerCommunityDbContext(DbContextOptions<SqlServerCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class PostgresCommunityDbContext(DbContextOptions<PostgresCommunityDbContext> options) : CommunityDbContext(options);

internal sealed class SqliteCommunityDesignTimeFactory() : SqliteDesignTimeFactory<SqliteCommunityDbContext>(CommunityDbContext.SchemaName);

internal sealed class SqlServerCommunityDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerCommunityDbContext>(CommunityDbContext.SchemaName);

internal sealed class PostgresCommunityDesignTimeFactory() : PostgresDesignTimeFactory<PostgresCommunityDbContext>(CommunityDbContext.SchemaName);
