using System.Xml.Linq;

namespace CoachingPlatform.ArchitectureTests;

/// <summary>The repository the tests were built from: project files show references the compiler may drop.</summary>
public static class SourceTree
{
    public static DirectoryInfo Root { get; } = FindRoot();

    /// <summary>Every project under modules/, by project name.</summary>
    public static IReadOnlyDictionary<string, FileInfo> ModuleProjects { get; } =
        new DirectoryInfo(Path.Combine(Root.FullName, "modules"))
            .EnumerateFiles("*.csproj", SearchOption.AllDirectories)
            .Where(file => !file.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file.Name), StringComparer.Ordinal);

    public static TheoryData<string> ModuleProjectNames { get; } = new(ModuleProjects.Keys.Order(StringComparer.Ordinal));

    public static FileInfo Project(string relativePath) => new(Path.Combine(Root.FullName, relativePath));

    /// <summary>The names of the projects a project file references.</summary>
    public static IReadOnlyList<string> ProjectReferencesOf(FileInfo project) =>
        XDocument.Load(project.FullName)
            .Descendants("ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();

    private static DirectoryInfo FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CoachingPlatform.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No CoachingPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
