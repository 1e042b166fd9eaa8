using System.CommandLine;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Html;
using SecRules.Cli.Rendering.Json;
using SecRules.Cli.Rendering.Text;
using SecRules.Findings;
using SecRules.Scenarios;

namespace SecRules.Cli.Commands;

/// <summary><c>secrules evaluate</c>: evaluates one scenario file under one or every ruleset version.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliOutput output)
    {
        var scenarioFile = new Argument<string>("scenario") { Description = "The scenario file (YAML) to evaluate." };
        var format = FormatOption.Create(
            "How to write the findings: a readable report, the documented JSON format, or one self-contained HTML file to send to a colleague.",
            FormatOption.Text, FormatOption.Json, FormatOption.Html);
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with 1 when any finding is a Breach (breach) or an Event of Default risk (eod-risk).",
        };
        failOn.AcceptOnlyFromAmong("breach", "eod-risk");
        var rulesets = new RulesetOptions();

        var command = new Command("evaluate", "Evaluate a scenario file and print the findings under each ruleset version.")
        {
            scenarioFile,
            format,
            failOn,
        };
        rulesets.AddTo(command, withSelection: true);
        command.SetAction(parsed =>
        {
            var engine = rulesets.Engine(parsed);
            var scenario = ScenarioReader.ReadFile(parsed.GetValue(scenarioFile)!, engine.Rulesets);
            var results = engine.EvaluateAll(scenario.Facts, scenario.EvaluationDate, rulesets.Versions(parsed, engine.Rulesets));

            var report = new EvaluationReport(scenario, results);
            switch (parsed.GetValue(format))
            {
                case FormatOption.Json:
                    JsonRenderer.Write(output.Out, report);
                    break;
                case FormatOption.Html:
                    HtmlRenderer.Write(output.Out, report);
                    break;
                default:
                    TextRenderer.Write(output.Out, report, output.Terminal.Colour ? TextStyle.Colour : TextStyle.Plain);
                    break;
            }

            var failed = parsed.GetValue(failOn) switch
            {
                "breach" => results.Any(result => result.Findings.Any(finding => finding.Outcome is Outcome.Breach or Outcome.EventOfDefaultRisk)),
                "eod-risk" => results.Any(result => result.HasEventOfDefaultRisk),
                _ => false,
            };
            return failed ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
