using System.CommandLine;
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
            var passed = 0;
            var failed = 0;
            foreach (var scenario in scenarios)
            {
                if (scenario.Expectations.Count == 0)
                {
                    output.Out.WriteLine($"SKIP {scenario.File}: no expectations");
                    continue;
                }

                foreach (var result in ExpectationCheck.Run(engine, scenario, drafted))
                {
                    if (result.Passed)
                    {
                        passed++;
                        output.Out.WriteLine(result.ToString());
                    }
                    else
                    {
                        failed++;
                        output.Out.WriteLine();
                        output.Out.Write(result.Report());
                        output.Out.WriteLine();
                    }
                }
            }

            output.Out.WriteLine($"{passed} passed, {failed} failed");
            return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}
