using System.CommandLine;
using System.Globalization;
using SecRules.Engine;
using SecRules.Input;
using SecRules.Rulesets;
using SecRules.Versioning;

namespace SecRules.Cli.Commands;

/// <summary>
/// The options every command that evaluates shares: where the rulesets come from (embedded, or a
/// folder a drafter edits), which versions to evaluate under, and the drafts to apply over them.
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

    public Option<string[]> Drafts { get; } = new("--with")
    {
        Description = "Apply this proposed modification (written like the shipped ones) over the version evaluated; repeat to apply several, in order.",
        HelpName = "DRAFT.yaml",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Adds the options to a command: always the ruleset folder, optionally a version selection and drafts.</summary>
    public void AddTo(Command command, bool withSelection, bool withDrafts = true)
    {
        command.Options.Add(Directory);
        if (withSelection)
        {
            command.Options.Add(Ruleset);
            command.Options.Add(AsOf);
        }

        if (withDrafts)
        {
            command.Options.Add(Drafts);
        }
    }

    /// <summary>
    /// Gets an engine over the rulesets asked for. A command evaluates a few scenarios and exits, so
    /// by default it interprets the rules rather than spend longer compiling them than evaluating.
    /// </summary>
    public ComplianceEngine Engine(ParseResult parsed, RuleCompilation compilation = RuleCompilation.Interpreted) =>
        new(parsed.GetValue(Directory) is { } directory ? SectionG.LoadRulesets(directory) : SectionG.Rulesets, compilation);

    /// <summary>
    /// Gets the versions asked for: one by id, the one in force on a date, or (neither given) every
    /// version; with drafts, each drafted, and the latest version alone when none is chosen.
    /// </summary>
    public IReadOnlyList<RulesetVersion> Versions(ParseResult parsed, RulesetLibrary library)
    {
        var id = parsed.GetValue(Ruleset);
        var asOf = parsed.GetValue(AsOf);
        if (id is not null && asOf is not null)
        {
            throw new UsageException("--ruleset and --as-of choose a version in two ways; expected at most one of them");
        }

        var draft = Drafter(parsed, library);
        if (id is not null)
        {
            return [draft(library.TryGet(id, out var version) ? version : throw UnknownVersion(library, id, Ruleset.Name, string.Empty))];
        }

        if (asOf is not null)
        {
            return [draft(library.AsOf(ParseDate(asOf, AsOf.Name)))];
        }

        // A draft is written against the text in force now; applying it over older versions would
        // fail on every obligation they do not yet have.
        return HasDrafts(parsed) ? [draft(library.Latest)] : library.Versions;
    }

    /// <summary>Gets whether any draft was given.</summary>
    public bool HasDrafts(ParseResult parsed) => parsed.GetValue(Drafts) is { Length: > 0 };

    /// <summary>
    /// Reads the drafts once, checked exactly as shipped modifications are, and returns what applies
    /// them over a version (the version itself when no draft was given).
    /// </summary>
    /// <exception cref="Input.InvalidInputException">A draft is not a valid modification, or does not fit the version.</exception>
    public Func<RulesetVersion, RulesetVersion> Drafter(ParseResult parsed, RulesetLibrary library)
    {
        var drafts = (parsed.GetValue(Drafts) ?? []).Select(library.ReadModification).ToList();
        return drafts.Count == 0 ? version => version : version => library.ApplyDrafts(version, drafts);
    }

    /// <summary>Resolves a version named by id, or by a date as the version in force that day.</summary>
    public static RulesetVersion Resolve(RulesetLibrary library, string idOrDate, string option) =>
        library.TryGet(idOrDate, out var version) ? version
        : LooksLikeDate(idOrDate) ? library.AsOf(ParseDate(idOrDate, option))
        : throw UnknownVersion(library, idOrDate, option, ", or a date as YYYY-MM-DD for the version in force that day");

    private static bool LooksLikeDate(string text) => text.Length == 10 && char.IsAsciiDigit(text[0]) && text[4] == '-';

    private static DateOnly ParseDate(string text, string option)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new UsageException($"{InputText.Quote(text)} is not a valid date for {option}; expected YYYY-MM-DD");
        }

        return SupportedDates.Contains(date)
            ? date
            : throw new UsageException($"{InputText.Quote(text)} for {option} is outside the dates SecRules supports; expected YYYY-MM-DD, {SupportedDates.Range}");
    }

    private static UsageException UnknownVersion(RulesetLibrary library, string id, string option, string orElse) =>
        new($"unknown ruleset version {InputText.Quote(id)} for {option}; expected one of: {string.Join(", ", library.Versions.Select(known => known.Id))}{orElse}");
}
