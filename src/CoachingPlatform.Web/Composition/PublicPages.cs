using System.Globalization;
using CoachingPlatform.BuildingBlocks.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace CoachingPlatform.Web.Composition;

/// <summary>
/// Whole public pages (an article with its conversation, the list of articles) kept in memory for
/// anonymous readers. The framework's default rules still apply: only a GET answered 200 without a cookie
/// is kept, and a signed-in reader always gets a page rendered for them. An entry is keyed by the URL and
/// by <see cref="PublicContent.Version"/>, so a publication, an approval or a hidden comment shows on the
/// next request; it lives for <see cref="PublicContent.Lifetime"/>, which bounds how long another node can
/// show the page as it was. Such a page carries no antiforgery token (one visitor's token would be handed
/// to the next): its forms are anonymous and rely on the same-origin check instead (docs/security.md).
/// Such a page is also compressed (Brotli or gzip, as the browser accepts), and the compressed bytes are
/// what is cached: compressing a page that holds no secret cannot leak one, so this is the only place the
/// app compresses (a signed-in page carries a token, and compressing it would expose it to BREACH).
/// </summary>
internal static class PublicPages
{
    public const string Policy = "public-pages";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services
            .AddResponseCompression(options =>
            {
                options.EnableForHttps = true;
                options.Providers.Add<BrotliCompressionProvider>();
                options.Providers.Add<GzipCompressionProvider>();
            })
            .AddOutputCache(options => options.AddPolicy(Policy, policy => policy
                .Expire(PublicContent.Lifetime)
                .SetVaryByHeader("Accept-Encoding")
                .VaryByValue(_ => new KeyValuePair<string, string>("content", PublicContent.Version.ToString(CultureInfo.InvariantCulture)))));

    /// <summary>After routing and authentication: the cache, then compression inside it, for anonymous requests to a cached page only.</summary>
    public static IApplicationBuilder UsePublicPageCache(this IApplicationBuilder app) =>
        app.UseOutputCache().UseWhen(IsPublicPage, pages => pages.UseResponseCompression());

    private static bool IsPublicPage(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: Policy };
}
