using System.Reflection;
using CoachingPlatform.Assessments;
using CoachingPlatform.Clients;
using CoachingPlatform.Community;
using CoachingPlatform.Identity;
using CoachingPlatform.Programs;
using CoachingPlatform.Subscriptions;

namespace CoachingPlatform.Web.Composition;

/// <summary>The one place that lists the modules the host is made of.</summary>
internal static class Modules
{
    public static readonly Assembly[] Assemblies =
    [
        typeof(IdentityModule).Assembly,
        typeof(ClientsModule).Assembly,
        typeof(ProgramsModule).Assembly,
        typeof(AssessmentsModule).Assembly,
        typeof(CommunityModule).Assembly,
        typeof(SubscriptionsModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddIdentityModule(configuration)
            .AddClientsModule(configuration)
            .AddProgramsModule(configuration)
            .AddAssessmentsModule(configuration)
            .AddCommunityModule(configuration)
            .AddSubscriptionsModule(configuration);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app) =>
        app
            .MapIdentityModule()
            .MapClientsModule()
            .MapProgramsModule()
            .MapAssessmentsModule()
            .MapCommunityModule()
            .MapSubscriptionsModule();
}
