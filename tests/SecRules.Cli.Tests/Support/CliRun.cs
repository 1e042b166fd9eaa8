using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests.Support;

/// <summary>One run of the secrules command line, with what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = SecRulesCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Copies the shipped ruleset files into a fresh temporary folder and returns it.</summary>
    public static string CopyOfShippedRulesets()
    {
        var target = Path.GetDirectoryName(WriteFile("marker", string.Empty))!;
        RepositoryPaths.CopyYaml("rulesets", target);
        return target;
    }

    /// <summary>Writes a file into a fresh temporary folder and returns its path.</summary>
    public static string WriteFile(string name, string text)
    {
        var directory = Path.Combine(Path.GetTempPath(), "secrules-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
