using System.Threading.RateLimiting;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoachingPlatform.Web.Composition;

internal static class RateLimiting
{
    /// <summary>
    /// Public writes are limited per client address and endpoint (signing in does not use up the budget
    /// for commenting); comments and reports have their own budgets, shared by the API and the article
    /// page's forms. The answer is 429 with <c>Retry-After</c> and a ProblemDetails body (plain words for a page).
    /// </summary>
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PublicWritesPerMinute", 20);
        var communityPermits = configuration.GetValue("RateLimiting:CommunityWritesPerMinute", 5);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.PublicWrite, context => RateLimitPartition.GetFixedWindowLimiter(
                $"{Address(context)} {context.GetEndpoint()?.DisplayName}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(RateLimits.PublicForm, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    $"{Address(context)} {context.GetEndpoint()?.DisplayName}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(RateLimits.CommunityWrite, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    $"{Address(context)} community {CommunityAction(context.Request)}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = communityPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!http.Request.Path.StartsWithSegments("/api"))
                {
                    // A form posted from a page without scripts: the reader sees words, not JSON.
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync($"Too many requests from your address. Please wait {seconds} seconds, then go back and try again.", ct);
                    return;
                }

                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Please wait {seconds} seconds before trying again.",
                    },
                });
            };
        });
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Reports (the API route or the page's report form) and comments count separately.</summary>
    private static string CommunityAction(HttpRequest request) =>
        request.Path.Value?.EndsWith("/reports", StringComparison.Ordinal) == true
        || string.Equals(request.Query["handler"], "report", StringComparison.OrdinalIgnoreCase)
            ? "report"
            : "comment";
}
