using SecRules.Cli.Terminal;
using SecRules.Tests.Shared;

namespace SecRules.Cli.Tests.Support;

/// <summary>One run of the secrules command line, with what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => Run(args, TerminalCapabilities.None);

    /// <summary>Runs the command line as on a terminal that shows colour and redraws progress in place.</summary>
    public static CliRun OnTerminal(params string[] args) => Run(args, new TerminalCapabilities(Colour: true, InteractiveError: true));

    private static CliRun Run(string[] args, TerminalCapabilities terminal)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = SecRulesCli.Run(args, output, error, terminal);
        var run = new CliRun(exitCode, output.ToString(), error.ToString());
        run.ShouldMatchItsSchema(args);
        return run;
    }

    // Every JSON output a test makes is checked against the schema that documents it.
    private void ShouldMatchItsSchema(string[] args)
    {
        var format = Array.IndexOf(args, "--format");
        if (args.Length == 0 || format < 0 || format + 1 >= args.Length || args[format + 1] != "json"
            || OutputSchemas.For(args[0]) is not { } schema || Out.Length == 0)
        {
            return;
        }

        OutputSchemas.Errors(schema, Out).Should().BeEmpty($"the JSON of '{string.Join(' ', args)}' follows schemas/{schema}");
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
