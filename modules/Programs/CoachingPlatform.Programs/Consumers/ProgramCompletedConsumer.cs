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
        if (await CoachAndClient.FindAsync(mediator, message.CoachId, message.ClientId, cancellationToken) is not { Coach: var coach, Client: var client })
        {
            return;
        }

        var subject = $"{client.DisplayName} completed a program";
        var mail = new EmailContent(subject, [
            $"{client.DisplayName} has completed every step of \"{message.ProgramTitle}\".",
            "A good moment to celebrate this milestone together.",
        ])
        {
            Action = ($"Open {client.DisplayName}'s page", app.Value.Link($"/coach/clients/{message.ClientId}")),
            Footer = "A coaching notification from CoachingPlatform about one of your clients.",
        }.To(coach.Email, subject, coach.DisplayName);
        db.Mail.Add(OutgoingMail.Create($"program-completed:{message.AssignmentId}", mail, clock.GetUtcNow().UtcDateTime));
    }
}
