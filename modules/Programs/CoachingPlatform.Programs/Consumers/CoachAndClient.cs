using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using MediatR;

namespace CoachingPlatform.Programs.Consumers;

/// <summary>The two people a coaching notification is about; null when either account is gone.</summary>
internal sealed record CoachAndClient(UserContact Coach, UserContact Client)
{
    public static async Task<CoachAndClient?> FindAsync(IMediator mediator, Guid coachId, Guid clientId, CancellationToken ct) =>
        await mediator.Send(new GetUserContact(coachId), ct) is { } coach && await mediator.Send(new GetUserContact(clientId), ct) is { } client
            ? new CoachAndClient(coach, client)
            : null;

    /// <summary>A notification to the coach about this client, with a link to the client's page.</summary>
    public EmailMessage NotifyCoach(string subject, IReadOnlyList<string> paragraphs, AppOptions app, Guid clientId) =>
        new EmailContent(subject, paragraphs)
        {
            Action = ($"Open {Client.DisplayName}'s page", app.Link($"/coach/clients/{clientId}")),
            Footer = "A coaching notification from CoachingPlatform about one of your clients.",
        }.To(Coach.Email, subject, Coach.DisplayName);
}
