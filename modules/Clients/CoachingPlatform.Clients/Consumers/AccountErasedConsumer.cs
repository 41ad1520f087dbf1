using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Clients.Consumers;

/// <summary>
/// A client erased their account: each of their coaches is told they left (nothing of what they wrote), and the
/// relationships, which hold the name and address the coach typed, are removed.
/// </summary>
internal sealed class AccountErasedConsumer(ClientsDbContext db, IMediator mediator, TimeProvider clock)
    : InboxConsumer<AccountErased>
{
    protected override async Task HandleAsync(AccountErased message, CancellationToken cancellationToken)
    {
        var relationships = await db.CoachClients.Where(c => c.ClientId == message.UserId).ToListAsync(cancellationToken);
        foreach (var relationship in relationships)
        {
            var coach = await mediator.Send(new GetUserContact(relationship.CoachId), cancellationToken);
            if (coach is not null)
            {
                var heading = $"{relationship.DisplayName} has left CoachingPlatform";
                var mail = new EmailContent(heading, [
                    $"Hello {coach.DisplayName},",
                    $"{relationship.DisplayName} has closed their account and asked for their data to be erased.",
                    "Their programs, reflections and everything else they wrote have been removed, so they no longer appear among your clients.",
                ])
                {
                    Footer = "A coaching notification from CoachingPlatform about one of your clients.",
                }.To(coach.Email, heading, coach.DisplayName);
                db.Mail.Add(OutgoingMail.Create($"client-left:{relationship.CoachId}:{message.UserId}", mail, clock.GetUtcNow().UtcDateTime));
            }

            db.CoachClients.Remove(relationship);
        }
    }
}
