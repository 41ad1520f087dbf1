using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Subscriptions.Domain;
using CoachingPlatform.Subscriptions.Features.CoachDigests;
using CoachingPlatform.Subscriptions.Features.Digests;
using CoachingPlatform.Subscriptions.Features.Preferences;
using CoachingPlatform.Subscriptions.Features.Subscribing;
using CoachingPlatform.Subscriptions.Jobs;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.Subscriptions;

/// <summary>Newsletter subscribers: double opt-in by mail, weekly or daily digests, preferences and one-click unsubscribe; the coaches' weekly progress digest.</summary>
public static class SubscriptionsModule
{
    public static IServiceCollection AddSubscriptionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SubscriptionsDbContext, SqliteSubscriptionsDbContext, SqlServerSubscriptionsDbContext, PostgresSubscriptionsDbContext>(
            configuration, SubscriptionsDbContext.SchemaName);
        services.AddOptions<SubscriptionsOptions>().Bind(configuration.GetSection(SubscriptionsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ManageLinks>();
        services.AddScoped<DigestJob>();
        services.AddScoped<CoachDigestJob>();
        services.AddScoped<CoachDigestMail>();
        services.AddScoped<IModuleInitializer, DigestSchedule>();
        return services;
    }

    public static IEndpointRouteBuilder MapSubscriptionsModule(this IEndpointRouteBuilder app)
    {
        SubscribingEndpoints.Map(app);
        PreferencesEndpoints.Map(app);
        DigestsEndpoints.Map(app);
        CoachDigestsEndpoints.Map(app);
        return app;
    }
}
