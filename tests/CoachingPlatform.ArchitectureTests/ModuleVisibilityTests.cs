using System.Runtime.CompilerServices;

namespace CoachingPlatform.ArchitectureTests;

/// <summary>A module shows the rest of the app one type: its entry point. Everything else is internal.</summary>
public sealed class ModuleVisibilityTests
{
    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void Everything_in_a_module_is_internal_but_its_entry_point(string module)
    {
        var assembly = PlatformAssemblies.Named(module);

        var exposed = assembly.GetTypes()
            .Where(type => type.IsVisible && !IsCompilerGenerated(type))
            .Select(type => type.FullName)
            .Where(name => name != EntryPointName(module))
            .ToList();

        Assert.True(exposed.Count == 0, $"{module} exposes {string.Join(", ", exposed)}: only {EntryPointName(module)} may be public.");
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void A_module_has_a_static_entry_point_named_after_it(string module)
    {
        var assembly = PlatformAssemblies.Named(module);

        var entryPoint = assembly.GetType(EntryPointName(module));

        Assert.NotNull(entryPoint);
        Assert.True(entryPoint.IsPublic, $"{entryPoint} is not public.");
        Assert.True(entryPoint.IsAbstract && entryPoint.IsSealed, $"{entryPoint} is not a static class.");
    }

    /// <summary>"CoachingPlatform.Programs" has "CoachingPlatform.Programs.ProgramsModule".</summary>
    private static string EntryPointName(string module) => $"{module}.{module[(module.LastIndexOf('.') + 1)..]}Module";

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);
}
