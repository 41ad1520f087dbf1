using System.Security.Claims;
using CoachingPlatform.Identity.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Identity.Sessions;

/// <summary>
/// Every cookie and bearer token carries the account's security stamp from the moment it was issued.
/// Signing out and changing the password renew the stamp, so on the next request every earlier cookie or
/// token, copies included, is treated as no sign-in at all. One primary-key read per signed-in request.
/// </summary>
internal sealed class SecurityStampCheck(RequestDelegate next, IOptions<IdentityOptions> identity)
{
    public const string CookieName = "coaching.auth";

    // Compiled once: this runs on every signed-in request, so EF skips translating the query each time.
    private static readonly Func<IdentityDbContext, Guid, string, CancellationToken, Task<bool>> StampIsCurrent =
        EF.CompileAsyncQuery((IdentityDbContext db, Guid id, string stamp, CancellationToken ct) =>
            db.Users.AsNoTracking().Any(u => u.Id == id && u.SecurityStamp == stamp));

    public async Task InvokeAsync(HttpContext context)
    {
        // The context is asked for only when there is a stamp to check: an anonymous request makes none.
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !await IsCurrentAsync(user, context.RequestServices.GetRequiredService<IdentityDbContext>(), context.RequestAborted))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (context.Request.Cookies.ContainsKey(CookieName))
            {
                context.Response.Cookies.Delete(CookieName);
            }
        }

        await next(context);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user, IdentityDbContext db, CancellationToken ct)
    {
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            && await StampIsCurrent(db, id, stamp, ct);
    }
}
