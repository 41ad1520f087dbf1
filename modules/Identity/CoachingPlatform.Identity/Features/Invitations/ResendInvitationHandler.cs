using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Integration;
using CoachingPlatform.Identity.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Features.Invitations;

internal sealed class ResendInvitationHandler(
    IdentityDbContext db, UserManager<AppUser> users, InvitationMails mails, TimeProvider clock)
    : IRequestHandler<ResendInvitation, Unit>
{
    public async Task<Unit> Handle(ResendInvitation request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("account", request.UserId);
        if (await users.HasPasswordAsync(user))
        {
            throw new ConflictException("This person has already set a password and can sign in: there is no invitation to send again.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (invitation, token) = await db.IssueInvitationAsync(user.Id, now, cancellationToken);
        db.Mail.Add(OutgoingMail.Create($"invitation:{invitation.Id}", mails.For(user, request.Role, request.InvitedBy, token), now));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
