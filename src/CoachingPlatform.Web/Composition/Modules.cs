using System.Reflection;
using CoachingPlatform.Clients;
using CoachingPlatform.Identity;
using CoachingPlatform.Programs;

namespace CoachingPlatform.Web.Composition;

/// <summary>The one place that lists the modules the host is made of.</summary>
internal static class Modules
{
    public static readonly Assembly[] Assemblies =
    [
        typeof(IdentityModule).Assembly,
        typeof(ClientsModule).Assembly,
        typeof(ProgramsModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services.AddIdentityModule(configuration)
            .AddClientsModule(configuration)
            .AddProgramsModule(configuration);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app) =>
        app.MapIdentityModule()
            .MapClientsModule()
            .MapProgramsModule();
}
