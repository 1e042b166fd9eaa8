using System.CommandLine;
using SecRules.Cli.Text;
using SecRules.Findings;
using SecRules.Output;
using SecRules.Scenarios;

namespace SecRules.Cli.Commands;

/// <summary><c>secrules evaluate</c>: evaluates one scenario file under one or every ruleset version.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliOutput output)
    {
        var scenarioFile = new Argument<string>("scenario") { Description = "The scenario file (YAML) to evaluate." };
        var format = FormatOption.Create("How to write the findings: a readable table, or the documented JSON format.", FormatOption.Text, FormatOption.Json);
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

            if (parsed.GetValue(format) == FormatOption.Json)
            {
                output.Out.Write(ResultJson.Write(scenario, results));
            }
            else
            {
                FindingsReport.Write(output.Out, scenario, results);
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
