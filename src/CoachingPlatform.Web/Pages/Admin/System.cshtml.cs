using CoachingPlatform.BuildingBlocks.Delivery;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Web.Observability;
using CoachingPlatform.Web.Operations;
using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Web.Pages.Admin;

/// <summary>What an operator checks first: which build runs where on what, what waits, the last backup, what failed.</summary>
public sealed class SystemModel(
    IOptions<AppOptions> app, IOptions<DatabaseOptions> database, IConfiguration configuration, IServiceProvider services) : PageModel
{
    public string Version => Telemetry.Version;

    public string Node => app.Value.NodeName;

    public string DatabaseProvider => database.Value.Provider;

    public string JobStorage => configuration["Hangfire:Storage"] ?? "Sqlite";

    public string Transport => configuration["Messaging:Transport"] ?? "InMemory";

    internal IReadOnlyList<QueueDepth> Queues { get; private set; } = [];

    internal BackupStatus? Backups { get; private set; }

    public bool EmbeddedDatabase { get; private set; }

    public int DeadLetters { get; private set; }

    public IReadOnlyList<RecurringJobDto> Jobs { get; private set; } = [];

    public StatisticsDto? JobStatistics { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queues = services.GetRequiredService<QueueGauges>().Depths();
        DeadLetters = await services.GetRequiredService<DeadLetters>().CountAsync(ct);
        EmbeddedDatabase = BackupRegistration.IsEmbedded(configuration);
        if (services.GetService<BackupLedger>() is { } ledger)
        {
            Backups = await ledger.ReadAsync(ct);
        }

        var storage = services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            Jobs = connection.GetRecurringJobs().OrderBy(j => j.Id, StringComparer.Ordinal).ToList();
        }

        JobStatistics = storage.GetMonitoringApi().GetStatistics();
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes / (1024.0 * 1024):0.0} MB",
    };
}
