using CoachingPlatform.Assessments.Features.Coaching;
using CoachingPlatform.Assessments.Features.History;
using CoachingPlatform.Assessments.Features.Results;
using CoachingPlatform.Assessments.Features.Wheel;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.Assessments;

/// <summary>The Wheel of Life: the public front door, each client's history, the drawing, and the coach's view of it.</summary>
public static class AssessmentsModule
{
    public static IServiceCollection AddAssessmentsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<AssessmentsDbContext, SqliteAssessmentsDbContext, SqlServerAssessmentsDbContext, PostgresAssessmentsDbContext>(
            configuration, AssessmentsDbContext.SchemaName);

    public static IEndpointRouteBuilder MapAssessmentsModule(this IEndpointRouteBuilder app)
    {
        WheelEndpoints.Map(app);
        ResultEndpoints.Map(app);
        HistoryEndpoints.Map(app);
        CoachingEndpoints.Map(app);
        return app;
    }
}
