using SecRules.Input;
using SecRules.Scenarios;

namespace SecRules.Cli.Commands;

/// <summary>Turns the scenario files and folders named on the command line into scenarios.</summary>
internal static class ScenarioPaths
{
    /// <summary>
    /// Reads every scenario named: a file as given, a folder as every <c>.yaml</c> or <c>.yml</c> file
    /// below it in ordinal order of path, so that the same folder always gives the same order.
    /// </summary>
    /// <exception cref="InvalidInputException">A path does not exist, or a file is not a valid scenario.</exception>
    public static IReadOnlyList<Scenario> Read(IEnumerable<string> paths, IReadOnlySet<string> knownObligations) =>
        [.. paths.SelectMany(Expand).Select(file => ScenarioReader.ReadFile(file, knownObligations))];

    private static IEnumerable<string> Expand(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new InvalidInputException(SourcePosition.OfFile(path), "file not found; expected a scenario file or a folder of them");
        }

        return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Select(file => file.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}
