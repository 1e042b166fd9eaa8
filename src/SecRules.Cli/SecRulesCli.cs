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
            // One line, as every other error: the first problem, which the others usually follow from.
            return Report(error, UsageLine(parsed.Errors[0].Message, parsed.CommandResult.Command), ExitCodes.BadInput);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException exception)
        {
            return Report(error, exception.Message, ExitCodes.BadInput);
        }
        catch (UsageException exception)
        {
            return Report(error, $"secrules: {InputText.Escape(exception.Message)}", ExitCodes.BadInput);
        }
        catch (IOException exception)
        {
            // Files read and --out are reported above; what is left is standard output refusing the results.
            return Report(error, $"secrules: cannot write the results ({InputText.Escape(exception.Message.TrimEnd('.'))}); expected an output that accepts them", ExitCodes.OutputFailed);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Report(error,
                $"secrules: internal error ({exception.GetType().Name}: {InputText.Escape(exception.Message.TrimEnd('.'))}); expected no such error, so please report it with the input that caused it",
                ExitCodes.InternalError);
        }
    }

    private static string UsageLine(string message, Command command)
    {
        // System.CommandLine lists allowed values on lines of their own; join them into the one line.
        var words = string.Join(", ", message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Replace(":,", ":", StringComparison.Ordinal)
            .TrimEnd('.');
        var help = command.Parents.Any() ? $"secrules {command.Name} --help" : "secrules --help";
        return $"secrules: {InputText.Escape(words)}; expected what '{help}' shows";
    }

    private static int Report(TextWriter error, string line, int exitCode)
    {
        try
        {
            error.WriteLine(line);
        }
        catch (IOException)
        {
            // Standard error refuses the line too: the exit code is all that is left to tell.
        }

        return exitCode;
    }
}
