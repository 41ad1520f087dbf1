using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace CoachingPlatform.Web.Composition;

/// <summary>
/// Two lines against cross-site request forgery for every state change (POST, PUT, PATCH, DELETE):
/// a request whose Origin (or, without one, Referer) is another origin is refused; and an API request that
/// carries the sign-in cookie must carry the antiforgery token in the <c>X-CSRF-TOKEN</c> header, which the
/// pages read from their <c>csrf-token</c> meta tag. Razor Pages forms carry it as a hidden field and are
/// checked by MVC. Requests with a bearer token carry no ambient credential and are not affected.
/// </summary>
internal static class CrossSiteRequests
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public const string SignInCookie = "coaching.auth";

    public static IServiceCollection AddCrossSiteRequestChecks(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.HeaderName = HeaderName;
            options.Cookie.Name = "coaching.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });

    public static IApplicationBuilder UseCrossSiteRequestChecks(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var changesState = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
                || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method);
            var bearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (!changesState || bearer)
            {
                await next(context);
                return;
            }

            if (!IsSameOrigin(request))
            {
                await RefuseAsync(context, "This request came from another site.");
                return;
            }

            if (request.Path.StartsWithSegments("/api") && request.Cookies.ContainsKey(SignInCookie)
                && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await RefuseAsync(context, $"A signed-in page must send its antiforgery token in the {HeaderName} header.");
                return;
            }

            await next(context);
        });

    /// <summary>No Origin and no Referer: not a browser page (or one that hides both); the token check still applies.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var source = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(source))
        {
            source = request.Headers.Referer.ToString();
        }

        if (string.IsNullOrEmpty(source))
        {
            return true;
        }

        return Uri.TryCreate(source, UriKind.Absolute, out var origin)
            && string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Cross-site request refused.", Detail = detail },
        }).AsTask();
    }
}
