using System.Globalization;
using CoachingPlatform.Assessments.Domain;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Clients.Contracts;
using CoachingPlatform.Identity.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Assessments.Features.Coaching;

/// <summary>A coach asks their client to retake the wheel: one mail with a link to it, at most once a week (409 otherwise).</summary>
internal sealed record RequestRetake(Guid CoachId, Guid ClientId) : IRequest;

internal sealed class RequestRetakeHandler(AssessmentsDbContext db, IMediator mediator, IOptions<AppOptions> app, TimeProvider clock)
    : IRequestHandler<RequestRetake, Unit>
{
    public async Task<Unit> Handle(RequestRetake request, CancellationToken cancellationToken)
    {
        var client = await mediator.Send(new GetCoachClient(request.CoachId, request.ClientId), cancellationToken)
            ?? throw new NotFoundException("client", request.ClientId);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - RetakeInvitation.CoachRequestInterval;
        var last = await db.RetakeInvitations.AsNoTracking()
            .Where(r => r.ClientId == request.ClientId && r.CoachId == request.CoachId && r.Reason == "coach" && r.InvitedAt > since)
            .OrderByDescending(r => r.InvitedAt).Select(r => (DateTime?)r.InvitedAt).FirstOrDefaultAsync(cancellationToken);
        if (last is { } asked)
        {
            throw TooSoon(client.DisplayName, asked);
        }

        var invitation = RetakeInvitation.ByCoach(request.CoachId, request.ClientId, now);
        var coach = await mediator.Send(new GetUserContact(request.CoachId), cancellationToken);
        db.RetakeInvitations.Add(invitation);
        db.Mail.Add(OutgoingMail.Create($"retake-request:{invitation.WeekKey}", Mail(client, coach?.DisplayName ?? "Your coach"), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // A request of the same week raced this one and won; its mail is the one that goes.
            throw TooSoon(client.DisplayName, now);
        }

        return Unit.Value;
    }

    private static ConflictException TooSoon(string client, DateTime asked) =>
        new($"You asked {client} to retake the wheel on {Day(asked)}; you can ask again from {Day(asked + RetakeInvitation.CoachRequestInterval)}.");

    private EmailMessage Mail(CoachClientSummary client, string coach) =>
        new EmailContent("Time to retake your Wheel of Life", [
            $"Hello {client.DisplayName},",
            $"{coach} invites you to fill in the Wheel of Life again. It takes about five minutes.",
            "Sign in first, and the new result joins your history: you will see your earlier wheel outlined on the new one, so you both can see what has changed.",
        ])
        {
            Action = ("Retake the Wheel of Life", app.Value.Link("/wheel-of-life")),
            Footer = "A coaching message from CoachingPlatform, sent because your coach asked for it.",
        }.To(client.Email, "Your coach invites you to retake the Wheel of Life", client.DisplayName);

    private static string Day(DateTime at) => at.ToString("MMMM d", CultureInfo.InvariantCulture);
}
