using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using CoachingPlatform.Identity.Domain;
using CoachingPlatform.Identity.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachingPlatform.Identity.Features.Coaches;

/// <summary>The coaches, for the admin page: who joined and whose invitation is still open.</summary>
internal sealed record ListCoaches(int Page, int PageSize) : IRequest<IReadOnlyList<CoachView>>;

internal sealed record CoachView(Guid Id, string Email, string DisplayName, string Status);

internal sealed record ResendCoachInvitation(Guid AdminId, Guid CoachId) : IRequest<Unit>;

internal sealed record RevokeCoachInvitation(Guid CoachId) : IRequest<Unit>;

internal sealed class ListCoachesValidator : AbstractValidator<ListCoaches>
{
    public ListCoachesValidator()
    {
        RuleFor(r => r.Page).InclusiveBetween(1, 10_000).WithName("page");
        RuleFor(r => r.PageSize).InclusiveBetween(1, 200).WithName("pageSize");
    }
}

internal sealed class ListCoachesHandler(IdentityDbContext db) : IRequestHandler<ListCoaches, IReadOnlyList<CoachView>>
{
    public async Task<IReadOnlyList<CoachView>> Handle(ListCoaches request, CancellationToken cancellationToken)
    {
        var coachRole = await db.Roles.Where(r => r.Name == Roles.Coach).Select(r => r.Id).SingleAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == coachRole))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(u => new CoachView(u.Id, u.Email!, u.DisplayName, u.PasswordHash == null ? "invited" : "active"))
            .ToListAsync(cancellationToken);
    }
}

internal sealed class ResendCoachInvitationHandler(UserManager<AppUser> users, IMediator mediator) : IRequestHandler<ResendCoachInvitation, Unit>
{
    public async Task<Unit> Handle(ResendCoachInvitation request, CancellationToken cancellationToken)
    {
        await users.EnsureCoachAsync(request.CoachId);
        var admin = await mediator.Send(new GetUserContact(request.AdminId), cancellationToken);
        return await mediator.Send(new ResendInvitation(request.CoachId, Roles.Coach, admin?.DisplayName ?? "CoachingPlatform"), cancellationToken);
    }
}

internal sealed class RevokeCoachInvitationHandler(UserManager<AppUser> users, IMediator mediator) : IRequestHandler<RevokeCoachInvitation, Unit>
{
    public async Task<Unit> Handle(RevokeCoachInvitation request, CancellationToken cancellationToken)
    {
        await users.EnsureCoachAsync(request.CoachId);
        return await mediator.Send(new RevokeInvitation(request.CoachId, Roles.Coach), cancellationToken);
    }
}

internal static class CoachLookup
{
    public static async Task EnsureCoachAsync(this UserManager<AppUser> users, Guid coachId)
    {
        var user = await users.FindByIdAsync(coachId.ToString());
        if (user is null || !await users.IsInRoleAsync(user, Roles.Coach))
        {
            throw new NotFoundException("coach", coachId);
        }
    }
}
