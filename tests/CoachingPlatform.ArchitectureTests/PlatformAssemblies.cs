using System.Reflection;
using CoachingPlatform.BuildingBlocks.Modules;

namespace CoachingPlatform.ArchitectureTests;

/// <summary>
/// The platform's assemblies, found from what the host references, so a module added to the host is
/// checked without touching these tests.
/// </summary>
public static class PlatformAssemblies
{
    public const string Prefix = "CoachingPlatform.";
    public const string ContractsSuffix = ".Contracts";

    public static Assembly Web { get; } = typeof(Program).Assembly;

    public static Assembly BuildingBlocks { get; } = typeof(IModuleInitializer).Assembly;

    public static IReadOnlyList<Assembly> Modules { get; } = Web.GetReferencedAssemblies()
        .Where(IsPlatform)
        .Where(name => name.Name != BuildingBlocks.GetName().Name && !IsContracts(name))
        .Select(Assembly.Load)
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every Contracts assembly the host or a module references.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } = Modules.Append(Web)
        .SelectMany(a => a.GetReferencedAssemblies())
        .Where(IsContracts)
        .DistinctBy(name => name.Name)
        .Select(Assembly.Load)
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> ModuleNames { get; } = new(Modules.Select(NameOf));

    public static TheoryData<string> ContractsNames { get; } = new(Contracts.Select(NameOf));

    public static Assembly Named(string name) =>
        Modules.Concat(Contracts).SingleOrDefault(a => NameOf(a) == name) ?? throw new ArgumentException($"{name} is not a platform assembly.", nameof(name));

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    public static bool IsPlatform(AssemblyName name) => name.Name?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static bool IsContracts(AssemblyName name) => IsPlatform(name) && name.Name!.EndsWith(ContractsSuffix, StringComparison.Ordinal);
}
