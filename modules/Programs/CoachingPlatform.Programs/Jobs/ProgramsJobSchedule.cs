using CoachingPlatform.BuildingBlocks.Modules;
using Hangfire;

namespace CoachingPlatform.Programs.Jobs;

internal sealed class ProgramsJobSchedule(IRecurringJobManager jobs) : IModuleInitializer
{
    public int Order => InitializerOrder.ScheduleJobs;

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<StepReminderJob>(StepReminderJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
        return Task.CompletedTask;
    }
}
