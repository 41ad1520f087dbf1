using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Security;

public static class SecurityRegistration
{
    public static IServiceCollection AddCurrentUser(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddScoped<ICurrentUser, HttpCurrentUser>();
}
