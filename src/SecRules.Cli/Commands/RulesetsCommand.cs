using System.CommandLine;
using SecRules.Cli.Text;
using SecRules.Input;

namespace SecRules.Cli.Commands;

/// <summary><c>secrules rulesets</c>: lists the ruleset versions with their dates and modifications.</summary>
internal static class RulesetsCommand
{
    public static Command Create(CliOutput output)
    {
        var rulesets = new RulesetOptions();
        var command = new Command("rulesets", "List the ruleset versions, with the date each took effect and its modifications.");
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
            return ExitCodes.Success;
        });
        return command;
    }
}
