using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Programs.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Assessments.Consumers;

/// <summary>
/// A client reached a program milestone: invite them to retake the wheel, so that they and their coach see
/// before and after. The mail key keeps it to one invitation per milestone.
/// </summary>
internal sealed class RetakeMilestoneReachedConsumer(AssessmentsDbContext db, IMediator mediator, IOptions<AppOptions> app, TimeProvider clock)
    : InboxConsumer<RetakeMilestoneReached>
{
    protected override async Task HandleAsync(RetakeMilestoneReached message, CancellationToken cancellationToken)
    {
        var client = await mediator.Send(new GetUserContact(message.ClientId), cancellationToken);
        if (client is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.RetakeInvitations.Add(RetakeInvitation.AtMilestone(message.CoachId, message.ClientId, message.ReachedAt));
        var moment = message.ProgramCompleted
            ? $"You have completed \"{message.ProgramTitle}\"."
            : $"You have completed step {message.StepOrder}, \"{message.StepTitle}\", of \"{message.ProgramTitle}\".";
        var content = new EmailContent("A good moment to retake your Wheel of Life", [
            $"Hello {client.DisplayName},",
            moment,
            "Take five minutes to score the eight areas of your life again. Your earlier wheel is outlined on the new one, so you and your coach can see what has changed since you began.",
        ])
        {
            Action = ("Retake the Wheel of Life", app.Value.Link("/wheel-of-life")),
            Footer = "A coaching message from CoachingPlatform about your program.",
        };
        db.Mail.Add(OutgoingMail.Create(
            $"retake-milestone:{message.AssignmentId}:{message.StepOrder}", content.To(client.Email, "A milestone: time to retake your Wheel of Life", client.DisplayName), now));
    }
}
