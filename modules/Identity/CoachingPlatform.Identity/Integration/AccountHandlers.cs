using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Integration;

internal sealed class FindAccountHandler(IdentityDbContext db) : IRequestHandler<FindAccount, AccountOverview?>
{
    public async Task<AccountOverview?> Handle(FindAccount request, CancellationToken cancellationToken)
    {
        var normalized = request.Email.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var staff = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           where link.UserId == user.Id && (role.Name == Roles.Admin || role.Name == Roles.Coach)
                           select role.Id).AnyAsync(cancellationToken);
        return new AccountOverview(user.Id, user.Email!, user.DisplayName, staff);
    }
}

internal sealed class MakeClientHandler(UserManager<AppUser> users) : IRequestHandler<MakeClient, bool>
{
    public async Task<bool> Handle(MakeClient request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        if (roles.Any(r => r is Roles.Admin or Roles.Coach))
        {
            return false;
        }

        return roles.Contains(Roles.Client) || (await users.AddToRoleAsync(user, Roles.Client)).Succeeded;
    }
}
