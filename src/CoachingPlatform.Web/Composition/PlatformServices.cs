using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using System.Text.Json.Serialization;
using CoachingPlatform.BuildingBlocks.Email;
using CoachingPlatform.BuildingBlocks.Errors;
using CoachingPlatform.BuildingBlocks.Mediation;
using CoachingPlatform.BuildingBlocks.Messaging;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.BuildingBlocks.Security;
using CoachingPlatform.BuildingBlocks.Seeding;
using CoachingPlatform.BuildingBlocks.Web;
using CoachingPlatform.Web.Observability;
using CoachingPlatform.Web.Operations;
using CoachingPlatform.Web.Pages.Articles;

namespace CoachingPlatform.Web.Composition;

internal static class PlatformServices
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton(TimeProvider.System);
        var dataProtection = services.AddDataProtection().SetApplicationName("CoachingPlatform");
        if (!DatabaseProvider.IsServer(configuration))
        {
            // On a server database the Identity module keeps the key ring in the database, for every node.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysPath"] ?? "data/keys"));
        }

        services.AddProblemDetails(options => options.CustomizeProblemDetails = BindingFailures.Describe);
        // A body or value that does not bind is thrown to the exception handler, which names the field, in every
        // environment (by default only Development throws; elsewhere the answer would be a bare 400).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        services.AddCurrentUser();
        services.AddMediation(Modules.Assemblies);
        services.AddMessaging(configuration, Modules.Assemblies);
        services.AddEmail(configuration);
        services.AddModules(configuration);

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Coach, policy => policy.RequireRole(Roles.Coach))
            .AddPolicy(Roles.Client, policy => policy.RequireRole(Roles.Client));

        services.AddSingleton<FormStamp>();
        services.AddPlatformRateLimiting(configuration);
        services.AddCrossSiteRequestChecks();
        services.AddPublicPageCache();
        services.AddPlatformJobs(configuration);
        services.AddPlatformBackups(configuration);
        builder.AddPlatformTelemetry().AddPlatformLogging();
        services.AddOpenApi();
        services.AddReadinessChecks();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Roles.Admin);
            options.Conventions.AuthorizeFolder("/Coach", Roles.Coach);
            options.Conventions.AuthorizeFolder("/Client", Roles.Client);
            options.Conventions.AuthorizeFolder("/Account");
        });
        return builder;
    }
}
