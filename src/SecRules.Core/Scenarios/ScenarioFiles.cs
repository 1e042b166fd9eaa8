using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>Finds the scenario files among files and folders that a user names.</summary>
public static class ScenarioFiles
{
    /// <summary>The pattern of the usual scenario file name; folders are searched for every one of <see cref="Patterns"/>.</summary>
    public const string Pattern = "*.yaml";

    private const string Expected = "a scenario file or a folder of scenario files (*.yaml or *.yml)";

    /// <summary>Gets the patterns of scenario file names searched for in folders: <c>*.yaml</c> and <c>*.yml</c>.</summary>
    public static IReadOnlyList<string> Patterns { get; } = [Pattern, "*.yml"];

    /// <summary>
    /// Lists the files named, and the <c>*.yaml</c> and <c>*.yml</c> files in the folders named and all their
    /// subfolders, each folder's files in ordinal order of their paths, so that every run sees them in
    /// the same order. Paths keep the form the user gave, with <c>/</c> separators below it.
    /// </summary>
    /// <param name="paths">Files and folders, as the user named them.</param>
    /// <returns>The files, each once, in the order named.</returns>
    /// <exception cref="InvalidInputException">A path names nothing, or a folder holds no scenario file.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = FilesIn(path);
                files.AddRange(found.Count > 0
                    ? found
                    : throw new InvalidInputException(SourcePosition.OfFile(path), $"the folder holds no *.yaml or *.yml file; expected {Expected}"));
            }
            else
            {
                throw new InvalidInputException(SourcePosition.OfFile(path), $"file not found; expected {Expected}");
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Reads every scenario file among the files and folders named (<see cref="Find"/>), each checked
    /// against a ruleset library; all are read before any is used, so that bad input stops a run first.
    /// </summary>
    /// <param name="paths">Files and folders, as the user named them.</param>
    /// <param name="rulesets">The library the scenarios will be evaluated with.</param>
    /// <returns>The scenarios, in the order of <see cref="Find"/>.</returns>
    /// <exception cref="InvalidInputException">A path names nothing, a folder holds no scenario file, or a file is not a valid scenario.</exception>
    public static IReadOnlyList<Scenario> ReadAll(IEnumerable<string> paths, RulesetLibrary rulesets)
    {
        ArgumentNullException.ThrowIfNull(rulesets);
        return [.. Find(paths).Select(file => ScenarioReader.ReadFile(file, rulesets))];
    }

    // Matched by extension rather than by pattern, which on Windows would also take *.yamlx.
    private static List<string> FilesIn(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(IsScenarioFile)
                .Select(file => Path.Join(folder, Path.GetRelativePath(folder, file).Replace('\\', '/')))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            throw new InvalidInputException(SourcePosition.OfFile(folder),
                $"the folder cannot be searched ({InputText.Escape(exception.Message.TrimEnd('.'))}); expected {Expected} that may be read", exception);
        }
    }

    private static bool IsScenarioFile(string file) =>
        Path.GetExtension(file) is ".yaml" or ".yml";
}
