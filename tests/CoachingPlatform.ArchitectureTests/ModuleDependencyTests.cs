namespace CoachingPlatform.ArchitectureTests;

/// <summary>
/// A module uses BuildingBlocks and other modules' Contracts, nothing else of the platform. Referenced
/// assemblies are compared by name: a namespace prefix such as "CoachingPlatform.Identity" would also
/// match "CoachingPlatform.Identity.Contracts".
/// </summary>
public sealed class ModuleDependencyTests
{
    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void A_module_references_only_building_blocks_and_contracts_of_the_platform(string module)
    {
        var assembly = PlatformAssemblies.Named(module);

        var forbidden = assembly.GetReferencedAssemblies()
            .Where(PlatformAssemblies.IsPlatform)
            .Where(name => name.Name != PlatformAssemblies.NameOf(PlatformAssemblies.BuildingBlocks) && !PlatformAssemblies.IsContracts(name))
            .Select(name => name.Name)
            .ToList();

        Assert.True(forbidden.Count == 0, $"{module} references {string.Join(", ", forbidden)}; a module may use only BuildingBlocks and *.Contracts.");
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void A_module_never_references_the_host(string module)
    {
        var assembly = PlatformAssemblies.Named(module);

        var references = assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain(PlatformAssemblies.NameOf(PlatformAssemblies.Web), references);
    }

    [Fact]
    public void Building_blocks_reference_no_module()
    {
        var platform = PlatformAssemblies.BuildingBlocks.GetReferencedAssemblies()
            .Where(PlatformAssemblies.IsPlatform)
            .Select(name => name.Name);

        Assert.Empty(platform);
    }

    [Fact]
    public void Building_blocks_use_no_type_of_a_module()
    {
        var modules = PlatformAssemblies.Modules.Concat(PlatformAssemblies.Contracts).Append(PlatformAssemblies.Web)
            .Select(PlatformAssemblies.NameOf).ToArray();

        var result = NetArchTest.Rules.Types.InAssembly(PlatformAssemblies.BuildingBlocks)
            .ShouldNot().HaveDependencyOnAny(modules)
            .GetResult();

        Assert.True(result.IsSuccessful, Rules.Describe(result));
    }
}
