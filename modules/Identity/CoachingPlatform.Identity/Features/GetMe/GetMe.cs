using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.Identity.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CoachingPlatform.Identity.Features.GetMe;

internal sealed record GetMe(Guid UserId) : IRequest<Me>;

internal sealed record Me(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

internal sealed class GetMeHandler(UserManager<AppUser> users) : IRequestHandler<GetMe, Me>
{
    public async Task<Me> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("user", request.UserId);
        var roles = await users.GetRolesAsync(user);
        return new Me(user.Id, user.Email!, user.DisplayName, roles.Order(StringComparer.Ordinal).ToList());
    }
}
