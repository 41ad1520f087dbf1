using System.Reflection;
using CoachingPlatform.Identity;

namespace CoachingPlatform.Web.Composition;

/// <summary>The one place that lists the modules the host is made of.</summary>
internal static class Modules
{
    public static readonly Assembly[] Assemblies =
    [
        typeof(IdentityModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services.AddIdentityModule(configuration);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app) =>
        app.MapIdentityModule();
}
