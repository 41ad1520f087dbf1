using CoachingPlatform.Programs.Features.Reminders;
using Hangfire;
using MediatR;

namespace CoachingPlatform.Programs.Jobs;

/// <summary>
/// The Hangfire entry point of the hourly reminder run. The ledger makes a second run at the same time
/// harmless, so the lock only saves work; a failed run is retried twice, then left to the next hour.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 0)]
[AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
internal sealed class StepReminderJob(IMediator mediator)
{
    public const string Id = "step-reminders";

    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new SendStepReminders(), cancellationToken);
}
