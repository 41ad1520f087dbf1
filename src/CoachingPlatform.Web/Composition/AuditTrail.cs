using System.Security.Claims;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity.Contracts;
using MediatR;

namespace CoachingPlatform.Web.Composition;

/// <summary>
/// Every change a coach or an admin asks for (a POST, PUT, PATCH or DELETE to the API or the jobs
/// dashboard) is written to the audit log after it ran: who, the route, the record ids in the path, and the
/// status the caller received. It wraps the exception handler, so a refused request is logged with its 404
/// or 409; the route is noted on the way in, before the exception handler clears it.
/// </summary>
internal static class AuditTrail
{
    private const string RouteKey = "audit.route";

    /// <summary>Outermost, around the exception handler.</summary>
    public static IApplicationBuilder UseAuditTrail(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            await RecordAsync(context);
        });

    /// <summary>After routing: notes the route and its values for the log (of a change only: a read is never recorded).</summary>
    public static IApplicationBuilder UseAuditTrailRoute(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!IsRead(context.Request.Method) && context.GetEndpoint() is RouteEndpoint endpoint)
            {
                var ids = endpoint.RoutePattern.Parameters.Select(p => $"{p.Name}={context.Request.RouteValues[p.Name]}").ToArray();
                context.Items[RouteKey] = ($"/{endpoint.RoutePattern.RawText?.Trim('/')}", ids.Length == 0 ? null : string.Join(", ", ids));
            }

            return next(context);
        });

    private static async Task RecordAsync(HttpContext context)
    {
        var user = context.User;
        var method = context.Request.Method;
        if (IsRead(method)
            || !(context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hangfire"))
            || !(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coach))
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var actor))
        {
            return;
        }

        var (route, target) = context.Items[RouteKey] is (string pattern, string ids) ? (pattern, ids)
            : context.Items[RouteKey] is (string only, null) ? (only, (string?)null) : (context.Request.Path.Value, null);
        var role = user.IsInRole(Roles.Admin) ? Roles.Admin : Roles.Coach;
        await context.RequestServices.GetRequiredService<IMediator>()
            .Send(new RecordAudit(actor, role, $"{method} {route}", target, context.Response.StatusCode), CancellationToken.None);
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
