namespace CoachingPlatform.ArchitectureTests;

/// <summary>Contracts are what other modules compile against: plain requests, DTOs and events.</summary>
public sealed class ContractsTests
{
    [Theory]
    [MemberData(nameof(PlatformAssemblies.ContractsNames), MemberType = typeof(PlatformAssemblies))]
    public void Contracts_reference_no_persistence_web_or_bus_assembly(string contracts)
    {
        var assembly = PlatformAssemblies.Named(contracts);

        var infrastructure = assembly.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => Rules.Infrastructure.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.True(infrastructure.Count == 0, $"{contracts} references {string.Join(", ", infrastructure)}.");
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ContractsNames), MemberType = typeof(PlatformAssemblies))]
    public void Contract_types_use_no_persistence_web_or_bus_type(string contracts)
    {
        var assembly = PlatformAssemblies.Named(contracts);

        var result = NetArchTest.Rules.Types.InAssembly(assembly)
            .ShouldNot().HaveDependencyOnAny(Rules.Infrastructure)
            .GetResult();

        Assert.True(result.IsSuccessful, Rules.Describe(result));
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ContractsNames), MemberType = typeof(PlatformAssemblies))]
    public void Contracts_reference_no_module_internals_nor_the_host(string contracts)
    {
        var assembly = PlatformAssemblies.Named(contracts);
        var internals = PlatformAssemblies.Modules.Append(PlatformAssemblies.Web).Select(PlatformAssemblies.NameOf).ToHashSet();

        var forbidden = assembly.GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(internals.Contains)
            .ToList();

        Assert.True(forbidden.Count == 0, $"{contracts} references {string.Join(", ", forbidden)}.");
    }
}
