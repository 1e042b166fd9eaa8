using System.CommandLine;
using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Text;
using SecRules.Input;

namespace SecRules.Cli.Commands;

/// <summary>
/// <c>secrules rulesets</c>: lists the ruleset versions with their dates and modifications;
/// <c>secrules rulesets show ID</c> lists one version's obligations.
/// </summary>
internal static class RulesetsCommand
{
    public static Command Create(CliOutput output)
    {
        var rulesets = new RulesetOptions();
        var command = new Command("rulesets", "List the ruleset versions, with the date each took effect and its modifications.")
        {
            CreateShow(output),
        };
        rulesets.AddTo(command, withSelection: false, withDrafts: false);
        command.SetAction(parsed =>
        {
            TextRenderer.Write(output.Out, new RulesetsReport(rulesets.Engine(parsed).Rulesets));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow(CliOutput output)
    {
        var id = new Argument<string>("version") { Description = "The id of the version to show (see 'secrules rulesets')." };
        var rulesets = new RulesetOptions();
        var command = new Command("show", "List a version's obligations with their clause, provenance, parameters and the modifications that introduced or changed them.")
        {
            id,
        };
        rulesets.AddTo(command, withSelection: false, withDrafts: false);
        command.SetAction(parsed =>
        {
            var library = rulesets.Engine(parsed).Rulesets;
            var versionId = parsed.GetValue(id)!;
            if (!library.TryGet(versionId, out var version))
            {
                throw new UsageException($"unknown ruleset version {InputText.Quote(versionId)}; expected one of: {string.Join(", ", library.Versions.Select(known => known.Id))}");
            }

            TextRenderer.Write(output.Out, new RulesetReport(version));
            return ExitCodes.Success;
        });
        return command;
    }
}
