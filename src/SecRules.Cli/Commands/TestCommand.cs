using System.CommandLine;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Text;
using SecRules.Scenarios;

namespace SecRules.Cli.Commands;

/// <summary>
/// <c>secrules test</c>: checks every expectation of every scenario file named, prints a diff for each
/// failure, and ends with <c>N passed, N failed</c>.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliOutput output)
    {
        var scenarioPaths = new ScenarioPaths();
        var rulesets = new RulesetOptions();
        var command = new Command("test", "Check the expectations in scenario files, against the shipped versions or (with --with) drafts applied over them; exit with 1 when any fails.")
        {
            scenarioPaths.Argument,
        };
        rulesets.AddTo(command, withSelection: false);
        command.SetAction(parsed =>
        {
            var engine = rulesets.Engine(parsed);

            // Every file is read before any is run, so that bad input stops the run with one error line.
            var scenarios = scenarioPaths.Read(parsed, engine.Rulesets);
            var drafted = rulesets.HasDrafts(parsed) ? rulesets.Drafter(parsed, engine.Rulesets) : null;
            var report = new TestReport([.. scenarios.Select(scenario => (scenario, ExpectationCheck.Run(engine, scenario, drafted)))]);
            TextRenderer.Write(output.Out, report);
            return report.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
