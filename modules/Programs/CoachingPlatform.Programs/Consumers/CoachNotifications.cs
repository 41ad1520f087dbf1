using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>Mails a coach about one of their clients, with a link to the client's page.</summary>
internal sealed class CoachNotifications(IMediator mediator, IEmailSender email, IOptions<AppOptions> app)
{
    public async Task SendAsync(Guid coachId, Guid clientId, string subject, Func<string, IReadOnlyList<string>> paragraphs, CancellationToken ct)
    {
        var coach = await mediator.Send(new GetUserContact(coachId), ct);
        var client = await mediator.Send(new GetUserContact(clientId), ct);
        if (coach is null || client is null)
        {
            return;
        }

        var content = new EmailContent(subject.Replace("{client}", client.DisplayName, StringComparison.Ordinal), paragraphs(client.DisplayName))
        {
            Action = ($"Open {client.DisplayName}'s page", app.Value.Link($"/coach/clients/{clientId}")),
            Footer = "A coaching notification from CoachingPlatform about one of your clients.",
        };
        await email.SendAsync(content.To(coach.Email, content.Heading, coach.DisplayName), ct);
    }
}
