namespace SecRules.Tests.Shared;

/// <summary>Finds files of the repository (examples, rulesets, schemas) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SecRules.sln was not found above the test output folder.");
    });

    public static string Root => RootPath.Value;

    /// <summary>Gets the full path of a repository file given its path from the repository root.</summary>
    public static string Of(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Copies the YAML files of a repository folder, with its subfolders, into <paramref name="target"/>.</summary>
    public static void CopyYaml(string relativeFolder, string target)
    {
        foreach (var file in Directory.EnumerateFiles(Of(relativeFolder), "*.yaml", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Of(relativeFolder), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
