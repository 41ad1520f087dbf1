using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachingPlatform.Web.Composition;

/// <summary>Not ready without the stylesheet and scripts: the pages would load but be unusable.</summary>
internal sealed class WebAssetsHealthCheck(IWebHostEnvironment environment) : IHealthCheck
{
    private static readonly string[] Required = ["css/site.css", "js/app.js"];

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = Required.Where(path => !environment.WebRootFileProvider.GetFileInfo(path).Exists).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Web assets missing under {environment.WebRootPath}: {string.Join(", ", missing)}"));
    }
}
