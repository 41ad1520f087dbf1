namespace CoachingPlatform.BuildingBlocks.Modules;

/// <summary>
/// Work a module does once at start-up: apply its migrations, seed its data, schedule its jobs.
/// Initializers run in ascending <see cref="Order"/>, so a module can rely on data seeded before it.
/// </summary>
public interface IModuleInitializer
{
    int Order { get; }

    Task InitializeAsync(CancellationToken cancellationToken);
}
