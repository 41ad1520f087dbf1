using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Operations;

internal static class BackupRegistration
{
    /// <summary>
    /// The nightly backup, on the embedded SQLite database only (PostgreSQL and SQL Server use their own tools),
    /// and the open connection that lets a restore notice the running app.
    /// </summary>
    public static IServiceCollection AddPlatformBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (!IsEmbedded(configuration))
        {
            return services;
        }

        var connectionString = ConnectionStrings.Coaching(configuration);
        services.AddSingleton(new BackupLedger(LedgerPath(connectionString)));
        services.AddHostedService(_ => new DatabaseHold(connectionString));
        services.AddSingleton<NightlyBackup>();
        services.AddSingleton<IDeadLetterSource>(sp => sp.GetRequiredService<NightlyBackup>());
        services.AddTransient<BackupJob>();
        services.AddScoped<IModuleInitializer, BackupSchedule>();
        return services;
    }

    public static bool IsEmbedded(IConfiguration configuration) =>
        (configuration[$"{DatabaseOptions.Section}:Provider"] ?? DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite;

    /// <summary>Beside the database file.</summary>
    public static string LedgerPath(string connectionString) =>
        Path.Combine(Path.GetDirectoryName(SqliteBackup.DatabaseFile(connectionString))!, "backup-status.json");

    private sealed class BackupSchedule(IRecurringJobManager jobs, IOptions<BackupOptions> options) : IModuleInitializer
    {
        public int Order => InitializerOrder.ScheduleJobs;

        public Task InitializeAsync(CancellationToken cancellationToken)
        {
            var at = TimeOnly.ParseExact(options.Value.At, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            jobs.AddOrUpdate<BackupJob>(BackupJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(at.Hour, at.Minute));
            return Task.CompletedTask;
        }
    }
}
