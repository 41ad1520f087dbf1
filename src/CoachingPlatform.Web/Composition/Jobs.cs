using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Modules;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using CoachingPlatform.Web.Observability;

namespace CoachingPlatform.Web.Composition;

internal static class Jobs
{
    /// <summary>Hangfire on SQLite (embedded default), PostgreSQL or SQL Server (several nodes) or in memory (tests).</summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration["Hangfire:Storage"] ?? "Sqlite";
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
                .UseFilter(new JobTelemetryFilter());
            switch (storage)
            {
                case "SqlServer":
                    hangfire.UseSqlServerStorage(configuration.GetConnectionString("Coaching"), new SqlServerStorageOptions { SchemaName = "hangfire" });
                    break;
                case "Postgres":
                    // Long polling (LISTEN/NOTIFY) starts an enqueued job at once instead of at the next 15 s poll.
                    // Without degraded mode a node whose database is down says so instead of running no jobs silently.
                    hangfire.UsePostgreSqlStorage(
                        postgres => postgres.UseNpgsqlConnection(configuration.GetConnectionString("Coaching")),
                        new PostgreSqlStorageOptions { SchemaName = "hangfire", EnableLongPolling = true, AllowDegradedModeWithoutStorage = false });
                    break;
                case "InMemory":
                    hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
                    break;
                case "Sqlite":
                    var path = Path.GetFullPath(configuration["Hangfire:SqlitePath"] ?? "data/hangfire.db");
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    hangfire.UseSQLiteStorage(path, new SQLiteStorageOptions());
                    break;
                default:
                    throw new InvalidOperationException($"Hangfire:Storage '{storage}' is not one of Sqlite, Postgres, SqlServer, InMemory.");
            }
        });

        if (configuration.GetValue("Hangfire:Server", true))
        {
            services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        }

        services.AddScoped<IModuleInitializer, PlatformJobSchedule>();
        return services;
    }

    private sealed class PlatformJobSchedule(IRecurringJobManager jobs) : IModuleInitializer
    {
        public int Order => InitializerOrder.ScheduleJobs;

        public Task InitializeAsync(CancellationToken cancellationToken)
        {
            jobs.RemoveIfExists("outbox-dispatch"); // the earlier name of the deliveries job
            jobs.AddOrUpdate<DeliveryJob>(DeliveryJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
            return Task.CompletedTask;
        }
    }
}
