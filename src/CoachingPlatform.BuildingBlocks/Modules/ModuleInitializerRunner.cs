using Microsoft.Extensions.DependencyInjection;

namespace CoachingPlatform.BuildingBlocks.Modules;

public static class ModuleInitializerRunner
{
    /// <summary>
    /// Runs the initializers in ascending order. Those of <see cref="InitializerOrder.Migrate"/> run side by side:
    /// each module checks its own schema, and most of that is building the module's model, which the second core
    /// can do (applying migrations still goes one module at a time).
    /// </summary>
    public static async Task InitializeModulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var phase in scope.ServiceProvider.GetServices<IModuleInitializer>().GroupBy(i => i.Order).OrderBy(g => g.Key))
        {
            if (phase.Key == InitializerOrder.Migrate)
            {
                await Task.WhenAll(phase.Select(i => Task.Run(() => i.InitializeAsync(cancellationToken), cancellationToken)));
                continue;
            }

            foreach (var initializer in phase)
            {
                await initializer.InitializeAsync(cancellationToken);
            }
        }
    }
}
