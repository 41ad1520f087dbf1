using Hangfire;

namespace CoachingPlatform.Web.Operations;

/// <summary>
/// The Hangfire entry point of the nightly backup. Not retried by Hangfire: a failure is already a dead
/// letter an admin retries, and the next night runs anyway.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 0)]
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
internal sealed class BackupJob(NightlyBackup backup)
{
    public const string Id = "backup";

    public Task RunAsync(CancellationToken cancellationToken) => backup.RunAsync(retrying: null, cancellationToken);
}
