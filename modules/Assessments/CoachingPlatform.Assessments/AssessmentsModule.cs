using CoachingPlatform.Assessments.Features.GetAssessment;
using CoachingPlatform.Assessments.Features.GetWheelOfLife;
using CoachingPlatform.Assessments.Features.TakeWheelOfLife;
using CoachingPlatform.Assessments.Persistence;
using CoachingPlatform.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.Assessments;

/// <summary>The Wheel of Life: scoring eight life areas, for visitors and for clients who keep a history.</summary>
public static class AssessmentsModule
{
    public static IServiceCollection AddAssessmentsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<AssessmentsDbContext, SqliteAssessmentsDbContext, SqlServerAssessmentsDbContext>(
            configuration, AssessmentsDbContext.SchemaName);

    public static IEndpointRouteBuilder MapAssessmentsModule(this IEndpointRouteBuilder app)
    {
        GetWheelOfLifeEndpoint.Map(app);
        TakeWheelOfLifeEndpoint.Map(app);
        GetAssessmentEndpoint.Map(app);
        return app;
    }
}
