using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Features.Invitations;

/// <summary>Lets the invitation page say at once whether its link still works, before anyone types a password.</summary>
internal sealed class CheckInvitationHandler(IdentityDbContext db, TimeProvider clock) : IRequestHandler<CheckInvitation, InvitationCheck>
{
    public async Task<InvitationCheck> Handle(CheckInvitation request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || request.Token.Length > 100)
        {
            return new InvitationCheck("unknown", null);
        }

        var hash = Invitation.Hash(request.Token);
        var found = await db.Invitations.AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Join(db.Users, i => i.UserId, u => u.Id, (i, u) => new { Invitation = i, u.Email, HasPassword = u.PasswordHash != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new InvitationCheck("unknown", null);
        }

        var status = found.Invitation.StatusAt(clock.GetUtcNow().UtcDateTime);
        if (status == InvitationStatus.Valid && found.HasPassword)
        {
            status = InvitationStatus.Used;
        }

        return new InvitationCheck(status.ToString().ToLowerInvariant(), status == InvitationStatus.Valid ? found.Email : null);
    }
}
