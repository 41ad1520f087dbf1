using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Community.Features.GetArticle;
using CoachingPlatform.Community.Features.ListArticles;
using CoachingPlatform.Community.Features.ListComments;
using CoachingPlatform.Community.Persistence;
using CoachingPlatform.Community.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.Community;

/// <summary>The practice's articles and the moderated conversation under them.</summary>
public static class CommunityModule
{
    public static IServiceCollection AddCommunityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CommunityDbContext, SqliteCommunityDbContext, SqlServerCommunityDbContext>(
            configuration, CommunityDbContext.SchemaName);
        services.AddScoped<IModuleInitializer, CommunitySeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommunityModule(this IEndpointRouteBuilder app)
    {
        ListArticlesEndpoint.Map(app);
        GetArticleEndpoint.Map(app);
        ListCommentsEndpoint.Map(app);
        return app;
    }
}
