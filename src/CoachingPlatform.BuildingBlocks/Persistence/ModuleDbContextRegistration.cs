using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> backed by the provider-specific derived type that
    /// <c>Database:Provider</c> selects, with the module's own migrations history table (in its schema on a server database), and adds it
    /// to the delivery workers and the readiness check.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer, TPostgres>(
        this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : DbContext, IMessageStore
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgres : TContext
    {
        var provider = DatabaseProvider.From(configuration);
        var connectionString = ConnectionStrings.Coaching(configuration);

        if (provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<TContext, TSqlServer>((sp, options) => Configure(sp, options.UseSqlServer(
                connectionString, sql => sql.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, false), schema))));
        }
        else if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<TContext, TPostgres>((sp, options) => Configure(sp, options.UseNpgsql(
                connectionString, npgsql => npgsql.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, false), schema))));
        }
        else
        {
            services.AddDbContext<TContext, TSqlite>((sp, options) => Configure(sp, options.UseSqlite(
                connectionString, sqlite => sqlite.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, true))).AddInterceptors(Pragmas)));
        }

        services.AddSingleton(new ModuleStore(typeof(TContext)));
        services.AddScoped<IMessageStore>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<IModuleInitializer, MigrationInitializer<TContext>>();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database:{schema}", tags: ["ready"]);
        return services;
    }

    private static readonly SqlitePragmas Pragmas = new();

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options) =>
        options.AddInterceptors(services.GetRequiredService<DeliverySavedInterceptor>());
}
