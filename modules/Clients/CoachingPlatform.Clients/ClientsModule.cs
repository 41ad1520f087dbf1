using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Clients.Features;
using CoachingPlatform.Clients.Features.Consent;
using CoachingPlatform.Clients.Features.InviteClient;
using CoachingPlatform.Clients.Features.ListClients;
using CoachingPlatform.Clients.Persistence;
using CoachingPlatform.Clients.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingPlatform.Clients;

/// <summary>Coaches and the clients they invite.</summary>
public static class ClientsModule
{
    public static IServiceCollection AddClientsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ClientsVersion>();
        services.TryAddSingleton<ViewCache>();
        services.AddModuleDbContext<ClientsDbContext, SqliteClientsDbContext, SqlServerClientsDbContext, PostgresClientsDbContext>(
            configuration, ClientsDbContext.SchemaName,
            (sp, options) => options.AddInterceptors(new ChangeVersionInterceptor(sp.GetRequiredService<ClientsVersion>(), ClientsVersion.Counts)));
        services.AddScoped<IModuleInitializer, ClientsSeeder>();
        services.AddScoped<IModuleInitializer, ScaleSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapClientsModule(this IEndpointRouteBuilder app)
    {
        InviteClientEndpoint.Map(app);
        ClientEndpoints.Map(app);
        ConsentEndpoints.Map(app);
        return app;
    }
}
