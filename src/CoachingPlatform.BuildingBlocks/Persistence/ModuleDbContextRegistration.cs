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
        this IServiceCollection services, IConfiguration configuration, string schema,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext, IMessageStore
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgres : TContext
    {
        var provider = DatabaseProvider.From(configuration);
        var connectionString = ConnectionStrings.Coaching(configuration);

        // Pooled: a request leases a context that is reset between uses instead of building a new one (its
        // services, its sets); the options are built once. The contexts hold no state of their own, and what
        // the interceptors remember per context (work to signal after a commit, accounts to forget) is at worst
        // acted on once more by a later lease: an extra wake-up of the delivery loops, an extra stamp read.
        if (provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContextPool<TContext, TSqlServer>((sp, options) => Configure(sp, configure, options.UseSqlServer(
                connectionString, sql => sql.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, false), schema))));
        }
        else if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<TContext, TPostgres>((sp, options) => Configure(sp, configure, options.UseNpgsql(
                connectionString, npgsql => npgsql.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, false), schema))));
        }
        else
        {
            // A list in a query (ids.Contains(x)) goes as one JSON parameter: the SQL then stays the same
            // whatever the list's length, so EF caches it instead of generating it again on every request.
            services.AddDbContextPool<TContext, TSqlite>((sp, options) => Configure(sp, configure, options.UseSqlite(
                connectionString, sqlite => sqlite.MigrationsHistoryTable(ModuleModel.HistoryTable(schema, true))
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(Pragmas)));
        }

        services.AddSingleton(new ModuleStore(typeof(TContext)));
        services.AddScoped<IMessageStore>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<IModuleInitializer, MigrationInitializer<TContext>>();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"database:{schema}", tags: ["ready"]);
        return services;
    }

    private static readonly SqlitePragmas Pragmas = new();

    private static void Configure(IServiceProvider services, Action<IServiceProvider, DbContextOptionsBuilder>? configure, DbContextOptionsBuilder options)
    {
        options.AddInterceptors(services.GetRequiredService<DeliverySavedInterceptor>());
        configure?.Invoke(services, options);
    }
}
