using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.Subscriptions.Domain;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Subscriptions.Jobs;

/// <summary>
/// Daily at Subscriptions:DailyAt, weekly (newsletter and coaches' progress digest) on Subscriptions:WeeklyOn at
/// the same hour, in Subscriptions:TimeZone.
/// The job client of "run now" is taken here too, so it is built at start-up with this host's logging:
/// Hangfire's log provider is process-wide and would otherwise be whichever host started last.
/// </summary>
internal sealed class DigestSchedule(IRecurringJobManager jobs, IBackgroundJobClient client, IOptions<SubscriptionsOptions> options) : IModuleInitializer
{
    public int Order => InitializerOrder.ScheduleJobs;

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var settings = options.Value;
        var at = settings.DailyAt;
        var zone = new RecurringJobOptions { TimeZone = settings.Zone };
        var daily = DigestFrequencies.NameOf(DigestFrequency.Daily);
        var weekly = DigestFrequencies.NameOf(DigestFrequency.Weekly);
        jobs.AddOrUpdate<DigestJob>(DigestJob.DailyId, job => job.RunAsync(daily, CancellationToken.None), Cron.Daily(at.Hour, at.Minute), zone);
        jobs.AddOrUpdate<DigestJob>(DigestJob.WeeklyId, job => job.RunAsync(weekly, CancellationToken.None), Cron.Weekly(settings.WeeklyOn, at.Hour, at.Minute), zone);
        jobs.AddOrUpdate<CoachDigestJob>(CoachDigestJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Weekly(settings.WeeklyOn, at.Hour, at.Minute), zone);
        return Task.CompletedTask;
    }
}
