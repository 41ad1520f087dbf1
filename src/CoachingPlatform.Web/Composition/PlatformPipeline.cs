using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.Identity;
using Hangfire;
using CoachingPlatform.Web.Observability;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace CoachingPlatform.Web.Composition;

internal static class PlatformPipeline
{
    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseNodeLogScope();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseAuditTrail();
        app.UseExceptionHandler();

        // An error status without a body: ProblemDetails for the API, the not-found (or error) page for people.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseRequestLimits();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuditTrailRoute();
        app.UseAuthentication();
        app.UseIdentitySessions();
        app.UseCrossSiteRequestChecks();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UsePublicPageCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Readiness.Tag), ResponseWriter = Readiness.WriteAsync })
            .AllowAnonymous();
        // The API's map is for developers: open in Development, admins only anywhere else.
        var openApi = app.MapOpenApi();
        var reference = app.MapScalarApiReference("/reference");
        if (app.Environment.IsDevelopment())
        {
            openApi.AllowAnonymous();
            reference.AllowAnonymous();
        }
        else
        {
            openApi.RequireAuthorization(Roles.Admin);
            reference.RequireAuthorization(Roles.Admin);
        }

        app.MapPlatformTelemetry();
        app.MapModules();
        app.MapDeliveries();
        app.MapRazorPages();

        // Hangfire's own filter only allows local requests; the admin policy replaces it.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = "/admin", DashboardTitle = "CoachingPlatform jobs" })
            .RequireAuthorization(Roles.Admin);
        return app;
    }
}
