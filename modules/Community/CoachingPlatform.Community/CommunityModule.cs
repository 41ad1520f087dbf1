using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Community.Domain;
using CoachingPlatform.Community.Features.Authoring;
using CoachingPlatform.Community.Features.Commenting;
using CoachingPlatform.Community.Features.Moderation;
using CoachingPlatform.Community.Features.Reading;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Rendering;
using CoachingPlatform.Community.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachingPlatform.Community;

/// <summary>The practice's articles and the moderated conversation under them.</summary>
public static class CommunityModule
{
    public static IServiceCollection AddCommunityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CommunityDbContext, SqliteCommunityDbContext, SqlServerCommunityDbContext, PostgresCommunityDbContext>(
            configuration, CommunityDbContext.SchemaName,
            (_, options) => options.AddInterceptors(new ChangeVersionInterceptor(PublicContent.Changes, CommunityDbContext.ReadersSee)));
        services.AddOptions<CommunityOptions>().Bind(configuration.GetSection(CommunityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArticleRenderer>();
        services.TryAddSingleton<ViewCache>();
        services.AddSingleton<ReaderCache>();
        services.AddSingleton(sp => new SpamScorer(sp.GetRequiredService<IOptions<CommunityOptions>>().Value));
        services.AddScoped<IModuleInitializer, CommunitySeeder>();
        services.AddScoped<IModuleInitializer, ScaleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommunityModule(this IEndpointRouteBuilder app)
    {
        ReadingEndpoints.Map(app);
        CommentingEndpoints.Map(app);
        ModerationEndpoints.Map(app);
        AuthoringEndpoints.Map(app);
        return app;
    }
}
