using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>Tells the coach their client finished a program: one mail per finished assignment.</summary>
internal sealed class ProgramCompletedConsumer(ProgramsDbContext db, IMediator mediator, IOptions<AppOptions> app, TimeProvider clock)
    : InboxConsumer<ProgramCompleted>
{
    protected override async Task HandleAsync(ProgramCompleted message, CancellationToken cancellationToken)
    {
        if (await CoachAndClient.FindAsync(mediator, message.CoachId, message.ClientId, cancellationToken) is not { Client: var client } people)
        {
            return;
        }

        var subject = $"{client.DisplayName} completed a program";
        var mail = people.NotifyCoach(subject, [
            $"{client.DisplayName} has completed every step of \"{message.ProgramTitle}\".",
            "A good moment to celebrate this milestone together.",
        ], app.Value, message.ClientId);
        db.Mail.Add(OutgoingMail.Create($"program-completed:{message.AssignmentId}", mail, clock.GetUtcNow().UtcDateTime));
    }
}
