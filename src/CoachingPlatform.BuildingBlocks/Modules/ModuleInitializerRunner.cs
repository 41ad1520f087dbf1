using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Modules;

public static class ModuleInitializerRunner
{
    public static async Task InitializeModulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var initializers = scope.ServiceProvider.GetServices<IModuleInitializer>().OrderBy(i => i.Order);
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }
}
