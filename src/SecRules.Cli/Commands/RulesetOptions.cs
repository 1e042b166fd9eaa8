using System.CommandLine;
using System.Globalization;
using SecRules.Engine;
using SecRules.Rulesets;
using SecRules.Versioning;

namespace SecRules.Cli.Commands;

/// <summary>
/// The options every command that evaluates shares: where the rulesets come from (embedded, or a
/// folder a drafter edits) and which versions to evaluate under.
/// </summary>
internal sealed class RulesetOptions
{
    public Option<string?> Ruleset { get; } = new("--ruleset")
    {
        Description = "Evaluate under this ruleset version only (see 'secrules rulesets').",
        HelpName = "ID",
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Evaluate under the version in force on this date.",
        HelpName = "YYYY-MM-DD",
    };

    public Option<string?> Directory { get; } = new("--rulesets")
    {
        Description = "Read the ruleset files from this folder (holding ruleset.yaml) instead of the embedded ones.",
        HelpName = "DIR",
    };

    public void AddTo(Command command, bool withSelection)
    {
        command.Options.Add(Directory);
        if (withSelection)
        {
            command.Options.Add(Ruleset);
            command.Options.Add(AsOf);
        }
    }

    public ComplianceEngine Engine(ParseResult parsed) =>
        parsed.GetValue(Directory) is { } directory
            ? new ComplianceEngine(SectionG.LoadRulesets(directory))
            : SectionG.Engine;

    /// <summary>Gets the versions asked for: one by id, the one in force on a date, or (neither given) every version.</summary>
    public IReadOnlyList<RulesetVersion> Versions(ParseResult parsed, RulesetLibrary library)
    {
        var id = parsed.GetValue(Ruleset);
        var asOf = parsed.GetValue(AsOf);
        if (id is not null && asOf is not null)
        {
            throw new UsageException("--ruleset and --as-of choose a version in two ways; expected at most one of them");
        }

        if (id is not null)
        {
            return library.TryGet(id, out var version)
                ? [version]
                : throw new UsageException($"unknown ruleset version '{id}' for --ruleset; expected one of: {string.Join(", ", library.Versions.Select(known => known.Id))}");
        }

        if (asOf is not null)
        {
            return DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? [library.AsOf(date)]
                : throw new UsageException($"'{asOf}' is not a valid date for --as-of; expected YYYY-MM-DD");
        }

        return library.Versions;
    }
}
