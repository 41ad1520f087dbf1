using CoachingPlatform.BuildingBlocks.Security;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoachingPlatform.Web.Composition;

internal static class PlatformPipeline
{
    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapModules();
        app.MapDeliveries();
        app.MapRazorPages();

        // Hangfire's own filter only allows local requests; the admin policy replaces it.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = "/admin", DashboardTitle = "CoachingPlatform jobs" })
            .RequireAuthorization(Roles.Admin);
        return app;
    }
}
