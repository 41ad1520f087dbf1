namespace CoachingPlatform.ArchitectureTests;

/// <summary>
/// The same boundaries on the project files: the compiler drops a reference that no code uses yet, so a
/// forbidden project reference would otherwise pass until the day someone uses it.
/// </summary>
public sealed class ProjectReferenceTests
{
    private const string BuildingBlocks = "CoachingPlatform.BuildingBlocks";

    [Theory]
    [MemberData(nameof(SourceTree.ModuleProjectNames), MemberType = typeof(SourceTree))]
    public void A_module_project_references_only_building_blocks_and_contracts(string project)
    {
        var isContracts = project.EndsWith(PlatformAssemblies.ContractsSuffix, StringComparison.Ordinal);

        var forbidden = SourceTree.ProjectReferencesOf(SourceTree.ModuleProjects[project])
            .Where(reference => !reference.EndsWith(PlatformAssemblies.ContractsSuffix, StringComparison.Ordinal))
            .Where(reference => isContracts || reference != BuildingBlocks)
            .ToList();

        Assert.True(forbidden.Count == 0, $"{project} references {string.Join(", ", forbidden)}.");
    }

    [Fact]
    public void The_building_blocks_project_references_no_other_project()
    {
        var project = SourceTree.Project($"src/{BuildingBlocks}/{BuildingBlocks}.csproj");

        var references = SourceTree.ProjectReferencesOf(project);

        Assert.Empty(references);
    }

    [Fact]
    public void Every_module_project_is_part_of_the_host()
    {
        var modules = SourceTree.ModuleProjects.Keys.Where(name => !name.EndsWith(PlatformAssemblies.ContractsSuffix, StringComparison.Ordinal));

        var missing = modules.Except(PlatformAssemblies.Modules.Select(PlatformAssemblies.NameOf)).ToList();

        Assert.True(missing.Count == 0, $"The host does not use {string.Join(", ", missing)}, so its boundaries go unchecked.");
    }
}
