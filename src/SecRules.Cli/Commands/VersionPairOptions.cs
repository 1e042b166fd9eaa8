using System.CommandLine;
using SecRules.Versioning;

namespace SecRules.Cli.Commands;

/// <summary>
/// The options of the commands that compare two versions: <c>--from</c> and <c>--to</c>, each a version
/// id or a date, with the drafts of <see cref="RulesetOptions"/> applied over the second.
/// </summary>
internal sealed class VersionPairOptions
{
    public Option<string?> From { get; } = new("--from")
    {
        Description = "The version to compare from: an id, or a date for the version in force that day. Default: the latest version.",
        HelpName = "ID|YYYY-MM-DD",
    };

    public Option<string?> To { get; } = new("--to")
    {
        Description = "The version to compare with, which the drafts given with --with apply over. Default: the --from version.",
        HelpName = "ID|YYYY-MM-DD",
    };

    public Option<bool> FailOnDifference { get; } = new("--fail-on-difference")
    {
        Description = "Exit with 1 when anything differs between the two versions.",
    };

    public RulesetOptions Rulesets { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        Rulesets.AddTo(command, withSelection: false);
        command.Options.Add(FailOnDifference);
    }

    /// <summary>Gets the exit code: <see cref="ExitCodes.Failed"/> when asked to fail on a difference and there is one.</summary>
    public int ExitCode(ParseResult parsed, bool differs) =>
        parsed.GetValue(FailOnDifference) && differs ? ExitCodes.Failed : ExitCodes.Success;

    /// <summary>Resolves both versions, applying the drafts over the second.</summary>
    public (RulesetVersion From, RulesetVersion To) Resolve(ParseResult parsed, RulesetLibrary library)
    {
        var fromText = parsed.GetValue(From);
        var from = fromText is null ? library.Latest : RulesetOptions.Resolve(library, fromText, From.Name);
        var toText = parsed.GetValue(To);
        var to = toText is null ? from : RulesetOptions.Resolve(library, toText, To.Name);
        return (from, Rulesets.Drafter(parsed, library)(to));
    }
}
