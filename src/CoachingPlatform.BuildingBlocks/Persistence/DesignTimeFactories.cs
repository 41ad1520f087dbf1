using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoachingPlatform.BuildingBlocks.Persistence;

/// <summary>Lets <c>dotnet ef</c> build a module's SQLite context without starting the host.</summary>
public abstract class SqliteDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseSqlite("Data Source=design-time.db", s => s.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, true)))
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

/// <summary>Lets <c>dotnet ef</c> build a module's SQL Server context; no server is contacted to add migrations or write scripts.</summary>
public abstract class SqlServerDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseSqlServer("Server=localhost;Database=Coaching;Trusted_Connection=True;TrustServerCertificate=True",
                s => s.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, false), schema))
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

/// <summary>Lets <c>dotnet ef</c> build a module's PostgreSQL context; no server is contacted to add migrations.</summary>
public abstract class PostgresDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=coaching", s => s.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, false), schema))
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
