using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CoachingPlatform.BuildingBlocks.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsSignedIn => User?.Identity?.IsAuthenticated ?? false;

    public Guid Id => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new InvalidOperationException("No signed-in user.");

    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;
}
