using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Integration;

internal sealed class InviteUserHandler(
    IdentityDbContext db, UserManager<AppUser> users, IOptions<AppOptions> app, TimeProvider clock)
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
                var (invitation, token) = Invitation.Issue(user.Id, now);
                db.Invitations.Add(invitation);
                db.Mail.Add(OutgoingMail.Create($"invitation:{invitation.Id}", InvitationMail(user, request, token), now));
                await db.SaveChangesAsync(cancellationToken);
                invited = true;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return new InvitedUser(user.Id, isNew, CanSignIn: !invited);
    }

    private EmailMessage InvitationMail(AppUser user, InviteUser request, string token) =>
        new EmailContent($"{request.InvitedBy} invited you to CoachingPlatform", [
            $"Hello {user.DisplayName},",
            request.Role == Roles.Coach
                ? "You have been invited to coach on CoachingPlatform. Set a password to sign in and start inviting your clients."
                : $"{request.InvitedBy} has invited you to work together on CoachingPlatform, where you will find your program, steps and reflections.",
            $"The link works once and expires in {Invitation.Lifetime.TotalDays:0} days.",
        ])
        {
            Action = ("Set my password", app.Value.Link($"/invitation?token={Uri.EscapeDataString(token)}")),
            Footer = "You receive this mail because someone invited this address. If it was not meant for you, ignore it.",
        }.To(user.Email!, $"{request.InvitedBy} invited you to CoachingPlatform", user.DisplayName);

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }
    }
}
