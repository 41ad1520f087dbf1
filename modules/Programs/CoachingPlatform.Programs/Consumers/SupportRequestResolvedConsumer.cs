using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>Tells the client their coach has handled their request for more support, with the coach's reply.</summary>
internal sealed class SupportRequestResolvedConsumer(
    ProgramsDbContext db, IMediator mediator, IOptions<AppOptions> app, TimeProvider clock)
    : InboxConsumer<SupportRequestResolved>
{
    protected override async Task HandleAsync(SupportRequestResolved message, CancellationToken cancellationToken)
    {
        if (await CoachAndClient.FindAsync(mediator, message.CoachId, message.ClientId, cancellationToken) is not { Coach: var coach, Client: var client })
        {
            return;
        }

        var heading = $"{coach.DisplayName} answered your request for support";
        var content = new EmailContent(heading, [
            $"Hello {client.DisplayName},",
            message.StepTitle is null
                ? $"{coach.DisplayName} has marked your request for more support as handled."
                : $"{coach.DisplayName} has marked your request for more support on \"{message.StepTitle}\" as handled.",
            message.Reply is null ? "They did not add a note; they may reach out to you directly." : $"Their reply: {message.Reply}",
            app.Value.SupportLine,
        ])
        {
            Action = ("See my support requests", app.Value.Link("/client/support")),
            Footer = "A coaching message from CoachingPlatform about your request for support.",
        };
        db.Mail.Add(OutgoingMail.Create($"support-resolved:{message.RequestId}", content.To(client.Email, heading, client.DisplayName), clock.GetUtcNow().UtcDateTime));
    }
}
