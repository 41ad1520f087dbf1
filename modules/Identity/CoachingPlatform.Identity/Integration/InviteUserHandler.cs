using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Integration;

internal sealed class InviteUserHandler(
    IdentityDbContext db, UserManager<AppUser> users, InvitationMails mails, TimeProvider clock)
    : IRequestHandler<InviteUser, InvitedUser>
{
    public async Task<InvitedUser> Handle(InviteUser request, CancellationToken cancellationToken)
    {
        var address = request.Email.Trim();
        var invited = false;
        var user = await users.FindByEmailAsync(address);
        var isNew = user is null;

        if (user is not null && request.Role == Roles.Client && (await users.GetRolesAsync(user)).Any(r => r is Roles.Admin or Roles.Coach))
        {
            throw new ConflictException("This address belongs to a staff account and cannot be invited as a client.");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (user is null)
            {
                user = AppUser.Create(address, request.DisplayName.Trim());
                Check(await users.CreateAsync(user), "email");
            }

            if (!await users.IsInRoleAsync(user, request.Role))
            {
                Check(await users.AddToRoleAsync(user, request.Role), "email");
            }

            if (!await users.HasPasswordAsync(user))
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var (invitation, token) = await db.IssueInvitationAsync(user.Id, now, cancellationToken);
                db.Mail.Add(OutgoingMail.Create($"invitation:{invitation.Id}", mails.For(user, request.Role, request.InvitedBy, token), now));
                await db.SaveChangesAsync(cancellationToken);
                invited = true;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return new InvitedUser(user.Id, isNew, CanSignIn: !invited);
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }
    }
}
