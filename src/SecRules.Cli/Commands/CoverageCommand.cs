using System.CommandLine;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Json;
using SecRules.Cli.Rendering.Markdown;
using SecRules.Cli.Rendering.Text;
using SecRules.Scenarios;

namespace SecRules.Cli.Commands;

/// <summary>
/// <c>secrules coverage</c>: for each version and obligation in force, how many scenarios reach each
/// outcome, and which obligations and clauses no scenario reaches.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(CliOutput output)
    {
        var scenarioPaths = new ScenarioPaths();
        var format = FormatOption.Create(
            "How to write the report: a readable table, Markdown for a review, or JSON for tools.",
            FormatOption.Text, FormatOption.Markdown, FormatOption.Json);
        var rulesets = new RulesetOptions();
        var command = new Command("coverage", "Report which obligations, outcomes and clauses of each version the scenario files reach.")
        {
            scenarioPaths.Argument,
            format,
        };
        rulesets.AddTo(command, withSelection: false, withDrafts: false);
        command.SetAction(parsed =>
        {
            var engine = rulesets.Engine(parsed);
            var report = new CoverageReport(ScenarioCoverage.Measure(engine, scenarioPaths.Read(parsed, engine.Rulesets)));
            switch (parsed.GetValue(format))
            {
                case FormatOption.Markdown:
                    MarkdownRenderer.Write(output.Out, report);
                    break;
                case FormatOption.Json:
                    JsonRenderer.Write(output.Out, report);
                    break;
                default:
                    TextRenderer.Write(output.Out, report);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
