using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoachingPlatform.ArchitectureTests.Migrations;

/// <summary>
/// Every module's provider-specific contexts, built through their design-time factories as <c>dotnet ef</c>
/// builds them: no database server is contacted.
/// </summary>
public static class ProviderContexts
{
    public static readonly string[] Providers = ["Sqlite", "SqlServer", "Postgres"];

    /// <summary>(module, provider) for every module and provider.</summary>
    public static TheoryData<string, string> All { get; } = Build();

    public static DbContext Create(string module, string provider)
    {
        var assembly = PlatformAssemblies.Named(module);
        var factory = assembly.GetTypes().SingleOrDefault(t => !t.IsAbstract && t.Name.StartsWith(provider, StringComparison.Ordinal)
                && ContextOf(t) is { } context && context.Name.StartsWith(provider, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{module} has no design-time factory for {provider}.");
        var instance = Activator.CreateInstance(factory, nonPublic: true)!;
        var create = factory.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext), [typeof(string[])])!;
        return (DbContext)create.Invoke(instance, [Array.Empty<string>()])!;
    }

    private static Type? ContextOf(Type factory) => factory.GetInterfaces()
        .SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
        ?.GetGenericArguments()[0];

    private static TheoryData<string, string> Build()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in PlatformAssemblies.Modules.Where(HasContexts).Select(PlatformAssemblies.NameOf))
        {
            foreach (var provider in Providers)
            {
                data.Add(module, provider);
            }
        }

        return data;
    }

    private static bool HasContexts(Assembly module) => module.GetTypes().Any(t => ContextOf(t) is not null);
}
