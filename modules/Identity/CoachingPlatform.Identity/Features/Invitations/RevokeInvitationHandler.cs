using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Integration;
using CoachingPlatform.Identity.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Features.Invitations;

/// <summary>
/// Takes an invitation back before it is accepted: its links stop working, the account loses the role it was
/// invited to, and an account left with no role is removed (it never had a password, so nobody used it).
/// </summary>
internal sealed class RevokeInvitationHandler(IdentityDbContext db, UserManager<AppUser> users, TimeProvider clock)
    : IRequestHandler<RevokeInvitation, Unit>
{
    public async Task<Unit> Handle(RevokeInvitation request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("account", request.UserId);
        if (await users.HasPasswordAsync(user))
        {
            throw new ConflictException("This person has already accepted the invitation: it can no longer be revoked.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RevokeOpenInvitationsAsync(user.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (await users.IsInRoleAsync(user, request.Role))
        {
            await users.RemoveFromRoleAsync(user, request.Role);
        }

        if ((await users.GetRolesAsync(user)).Count == 0)
        {
            await users.DeleteAsync(user);
        }

        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
