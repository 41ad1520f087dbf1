namespace CoachingPlatform.Web.Composition;

/// <summary>
/// Headers on every response: a Content-Security-Policy that runs only the site's own script and style
/// files (no inline script, no inline style), no framing, no MIME sniffing, no referrer to other sites (links carry
/// tokens), no powerful browser features, and no caching of anything personal: API answers and every
/// response to a signed-in request are <c>no-store</c>.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Hangfire's dashboard (admins only) and the API reference (Scalar) ship inline script and style they cannot do without.</summary>
    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The admin's article preview, shown in a sandboxed frame of the article editor: framed by the site only.</summary>
    public const string FramedBySite = "/admin/articles/preview";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var framed = context.Request.Path.StartsWithSegments(FramedBySite);
                var policy = context.Request.Path.StartsWithSegments("/hangfire") || context.Request.Path.StartsWithSegments("/reference") ? DashboardPolicy : ContentSecurityPolicy;
                headers.ContentSecurityPolicy = framed ? policy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal) : policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = framed ? "SAMEORIGIN" : "DENY";
                // Not "no-referrer": with it, browsers send "Origin: null" on form posts, which the cross-site check refuses.
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (context.Request.Path.StartsWithSegments("/api") || context.User.Identity?.IsAuthenticated == true || context.Request.Query.ContainsKey("token"))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}
