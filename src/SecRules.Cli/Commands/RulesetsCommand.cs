using System.CommandLine;
using SecRules.Cli.Text;
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
            var library = rulesets.Engine(parsed).Rulesets;
            output.Out.WriteLine($"{library.Title} ({library.Id})");
            output.Out.WriteLine();
            var table = new TextTable("VERSION", "IN FORCE FROM", "MODIFICATIONS", "CONTENT HASH", "TITLE");
            foreach (var version in library.Versions)
            {
                table.Add(
                    version.Id,
                    version.EffectiveFrom is { } from ? TextFormat.Date(from) : "(baseline)",
                    version.OwnModifications.Count == 0
                        ? "-"
                        : string.Join(", ", version.OwnModifications.Select(modification => $"{modification.Id} [{EnumText.Of(modification.Provenance)}]")),
                    TextFormat.ShortHash(version.ContentHash),
                    version.Title);
            }

            table.Write(output.Out);
            output.Out.WriteLine();
            output.Out.WriteLine("Run 'secrules rulesets show VERSION' for a version's obligations.");
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

            RulesetReport.Write(output.Out, version);
            return ExitCodes.Success;
        });
        return command;
    }
}
