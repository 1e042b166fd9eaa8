using System.CommandLine;
using SecRules.Versioning;

namespace SecRules.Cli.Commands;

/// <summary>
/// The options of the commands that compare two versions: <c>--from</c> and <c>--to</c>, each a version
/// id or a date, with the drafts of <see cref="RulesetOptions"/> applied over the second.
/// </summary>
/// <param name="fromBeforeTo">
/// Whether <c>--from</c> defaults to the version before <c>--to</c> (the latest) when no draft is
/// given, so that the command with no option compares the latest version with the one before it.
/// Otherwise it defaults to the latest version, and <c>--to</c> to <c>--from</c>.
/// </param>
internal sealed class VersionPairOptions(bool fromBeforeTo = false)
{
    public Option<string?> From { get; } = new("--from")
    {
        Description = fromBeforeTo
            ? "The version to compare from: an id, or a date for the version in force that day. Default: the version before --to, or with --with the --to version itself."
            : "The version to compare from: an id, or a date for the version in force that day. Default: the latest version.",
        HelpName = "ID|YYYY-MM-DD",
    };

    public Option<string?> To { get; } = new("--to")
    {
        Description = fromBeforeTo
            ? "The version to compare with, which the drafts given with --with apply over. Default: the --from version when it is given, else the latest version."
            : "The version to compare with, which the drafts given with --with apply over. Default: the --from version.",
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
        var toText = parsed.GetValue(To);
        RulesetVersion from, to;
        if (fromBeforeTo && fromText is null)
        {
            to = toText is null ? library.Latest : RulesetOptions.Resolve(library, toText, To.Name);
            from = Rulesets.HasDrafts(parsed) ? to : Before(library, to);
        }
        else
        {
            from = fromText is null ? library.Latest : RulesetOptions.Resolve(library, fromText, From.Name);
            to = toText is null ? from : RulesetOptions.Resolve(library, toText, To.Name);
        }

        return (from, Rulesets.Drafter(parsed, library)(to));
    }

    /// <summary>Says on standard error that a version compared with itself, and no draft, can differ in nothing.</summary>
    public static void WarnIfTheSame(RulesetVersion from, RulesetVersion to, TextWriter error)
    {
        if (from.Id == to.Id)
        {
            error.WriteLine($"secrules: comparing {from.Id} with itself and no draft: nothing can differ. Give --from and --to, or a draft with --with.");
        }
    }

    // The baseline has no version before it; it is compared with itself.
    private static RulesetVersion Before(RulesetLibrary library, RulesetVersion version)
    {
        var index = library.Versions.ToList().FindIndex(known => known.Id == version.Id);
        return index > 0 ? library.Versions[index - 1] : version;
    }
}
