using System.CommandLine;
using SecRules.Cli.Text;
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
        var format = new Option<string>("--format")
        {
            Description = "How to write the report: a readable table, Markdown for a review, or JSON for tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
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
            var coverage = ScenarioCoverage.Measure(engine, scenarioPaths.Read(parsed, engine.Rulesets));
            switch (parsed.GetValue(format))
            {
                case "markdown":
                    CoverageReport.WriteMarkdown(output.Out, coverage);
                    break;
                case "json":
                    output.Out.Write(CoverageReport.Json(coverage));
                    break;
                default:
                    CoverageReport.WriteText(output.Out, coverage);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
