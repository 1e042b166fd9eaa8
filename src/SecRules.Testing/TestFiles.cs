using SecRules.Engine;
using SecRules.Rulesets;
using SecRules.Scenarios;

namespace SecRules.Testing;

/// <summary>
/// Finds the files a test project keeps beside its code, such as a folder of scenario files, without
/// copying them to the output folder: errors and diffs then name the file the analyst edits.
/// </summary>
public static class TestFiles
{
    /// <summary>
    /// Gets the full path of a file or folder: a rooted path as it is; a relative path as found in the
    /// test's output folder or, failing that, in the nearest folder above it that has it.
    /// </summary>
    /// <param name="path">The path, for example <c>scenarios</c> or <c>scenarios/late-notice.yaml</c>.</param>
    /// <returns>The full path; under the output folder when no folder has it, so that the error names where it was first looked for.</returns>
    public static string Locate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, path);
    }

    /// <summary>Reads a scenario file found by <see cref="Locate"/>, checked against the versions and obligations of an engine's rulesets.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="engine">The engine whose rulesets the file is checked against; by default the embedded rulesets.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="Input.InvalidInputException">The file is missing or does not hold a valid scenario.</exception>
    public static Scenario ReadScenario(string path, ComplianceEngine? engine = null) =>
        ScenarioReader.ReadFile(Locate(path), (engine ?? SectionG.Engine).Rulesets);
}
