using CoachingPlatform.Programs.Features.Reminders;
using MediatR;

namespace CoachingPlatform.Programs.Jobs;

/// <summary>The Hangfire entry point of the hourly reminder run.</summary>
internal sealed class StepReminderJob(IMediator mediator)
{
    public const string Id = "step-reminders";

    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new SendStepReminders(), cancellationToken);
}
