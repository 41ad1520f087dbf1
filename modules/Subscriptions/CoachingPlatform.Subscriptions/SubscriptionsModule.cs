using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Subscriptions.Features.ConfirmSubscription;
using CoachingPlatform.Subscriptions.Features.Subscribe;
using CoachingPlatform.Subscriptions.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.Subscriptions;

/// <summary>Newsletter subscribers: double opt-in by mail, weekly or daily digests.</summary>
public static class SubscriptionsModule
{
    public static IServiceCollection AddSubscriptionsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<SubscriptionsDbContext, SqliteSubscriptionsDbContext, SqlServerSubscriptionsDbContext>(
            configuration, SubscriptionsDbContext.SchemaName);

    public static IEndpointRouteBuilder MapSubscriptionsModule(this IEndpointRouteBuilder app)
    {
        SubscribeEndpoint.Map(app);
        ConfirmSubscriptionEndpoint.Map(app);
        return app;
    }
}
