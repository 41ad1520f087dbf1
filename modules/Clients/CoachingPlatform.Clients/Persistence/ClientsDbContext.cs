using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Clients.Domain;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Persistence;

internal abstract class ClientsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "clients";

    protected override string Schema => SchemaName;

    public DbSet<CoachClient> CoachClients => Set<CoachClient>();
}

internal sealed class SqliteClientsDbContext(DbContextOptions<SqliteClientsDbContext> options) : ClientsDbContext(options);

internal sealed class SqlServerClientsDbContext(DbContextOptions<SqlServerClientsDbContext> options) : ClientsDbContext(options);

internal sealed class PostgresClientsDbContext(DbContextOptions<PostgresClientsDbContext> options) : ClientsDbContext(options);

internal sealed class SqliteClientsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteClientsDbContext>(ClientsDbContext.SchemaName);

internal sealed class SqlServerClientsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerClientsDbContext>(ClientsDbContext.SchemaName);

internal sealed class PostgresClientsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresClientsDbContext>(ClientsDbContext.SchemaName);
