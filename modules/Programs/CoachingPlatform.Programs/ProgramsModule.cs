using CoachingPlatform.BuildingBlocks.Modules;
using CoachingPlatform.BuildingBlocks.Persistence;
using CoachingPlatform.Programs.Consumers;
using CoachingPlatform.Programs.Features.Assignments;
using CoachingPlatform.Programs.Features.Portal;
using CoachingPlatform.Programs.Features.Practice;
using CoachingPlatform.Programs.Features.Suggestions;
using CoachingPlatform.Programs.Features.Support;
using CoachingPlatform.Programs.Features.Templates;
using CoachingPlatform.Programs.Integration;
using CoachingPlatform.Programs.Jobs;
using CoachingPlatform.Programs.Persistence;
using CoachingPlatform.Programs.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingPlatform.Programs;

/// <summary>Trust-step programs: templates, assignments, the client portal, practice, support and reminders.</summary>
public static class ProgramsModule
{
    public static IServiceCollection AddProgramsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ProgressVersion>();
        services.TryAddSingleton<ViewCache>();
        services.AddModuleDbContext<ProgramsDbContext, SqliteProgramsDbContext, SqlServerProgramsDbContext, PostgresProgramsDbContext>(
            configuration, ProgramsDbContext.SchemaName,
            (sp, options) => options.AddInterceptors(new ChangeVersionInterceptor(sp.GetRequiredService<ProgressVersion>(), ProgressVersion.Counts)));
        services.AddOptions<ProgramsOptions>().Bind(configuration.GetSection(ProgramsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<StepReminderJob>();
        services.AddScoped<IModuleInitializer, ProgramsSeeder>();
        services.AddScoped<IModuleInitializer, ScaleSeeder>();
        services.AddScoped<IModuleInitializer, ProgramsJobSchedule>();
        return services;
    }

    public static IEndpointRouteBuilder MapProgramsModule(this IEndpointRouteBuilder app)
    {
        ProgramEndpoints.Map(app);
        AssignmentEndpoints.Map(app);
        PortalEndpoints.Map(app);
        PracticeEndpoints.Map(app);
        SupportEndpoints.Map(app);
        SuggestionEndpoints.Map(app);
        return app;
    }
}
