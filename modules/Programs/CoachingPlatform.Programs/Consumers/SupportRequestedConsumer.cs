using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Programs.Contracts;
using CoachingPlatform.Programs.Persistence;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>Mails the coach as soon as a client asks for more support: one mail per request.</summary>
internal sealed class SupportRequestedConsumer(ProgramsDbContext db, IMediator mediator, IOptions<AppOptions> app, TimeProvider clock)
    : InboxConsumer<SupportRequested>
{
    protected override async Task HandleAsync(SupportRequested message, CancellationToken cancellationToken)
    {
        if (await CoachAndClient.FindAsync(mediator, message.CoachId, message.ClientId, cancellationToken) is not { Client: var client } people)
        {
            return;
        }

        var subject = $"{client.DisplayName} asked for more support";
        var mail = people.NotifyCoach(subject, [
            message.StepTitle is null
                ? $"{client.DisplayName} asked you for more support."
                : $"{client.DisplayName} asked you for more support while working on \"{message.StepTitle}\".",
            message.Message is null ? "They did not leave a message." : $"Their message: {message.Message}",
            "The request stays flagged on your dashboard until you mark it handled.",
        ], app.Value, message.ClientId);
        db.Mail.Add(OutgoingMail.Create($"support-requested:{message.RequestId}", mail, clock.GetUtcNow().UtcDateTime));
    }
}
