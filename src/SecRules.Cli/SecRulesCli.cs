using System.CommandLine;
using SecRules.Cli.Commands;
using SecRules.Cli.Terminal;
using SecRules.Input;

namespace SecRules.Cli;

/// <summary>The secrules command line: parses arguments, runs a command, and maps failures to exit codes.</summary>
internal static class SecRulesCli
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="terminal">What the two streams can show; plain text when not given.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, TerminalCapabilities? terminal = null)
    {
        var cli = new CliOutput(output, error, terminal ?? TerminalCapabilities.None);
        var root = new RootCommand("Evaluate facts about SEC Users against the versioned Section G rulesets.")
        {
            EvaluateCommand.Create(cli),
            DiffCommand.Create(cli),
            ExploreCommand.Create(cli),
            RulesetsCommand.Create(cli),
            TestCommand.Create(cli),
            CoverageCommand.Create(cli),
            SchemaCommand.Create(cli),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"secrules: {parseError.Message}");
            }

            error.WriteLine("Run 'secrules --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException exception)
        {
            error.WriteLine(exception.Message);
            return ExitCodes.BadInput;
        }
        catch (UsageException exception)
        {
            error.WriteLine($"secrules: {exception.Message}");
            return ExitCodes.BadInput;
        }
    }
}
