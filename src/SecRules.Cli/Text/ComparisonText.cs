using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Cli.Text;

/// <summary>The phrases the text and Markdown reports of diff and explore share, so that both say the same thing.</summary>
internal static class ComparisonText
{
    /// <summary>Describes a version: id, title, when it took effect and its content hash.</summary>
    public static string Version(RulesetVersion version) =>
        $"{version.Id}: {version.Title} ({TextFormat.InForce(version)}, {TextFormat.ShortHash(version.ContentHash)})";

    /// <summary>Describes a modification: id, date, provenance and title.</summary>
    public static string Modification(Modification modification) =>
        $"{modification.Id} ({TextFormat.Date(modification.Implemented)}, {EnumText.Of(modification.Provenance)}): {modification.Title}";

    /// <summary>Describes one side of a change: the clause and version cited, and what the finding says.</summary>
    public static string Side(Finding? finding) =>
        finding is null ? "no finding" : $"{EnumText.Of(finding.Outcome)}, citing {finding.Citation}: {finding.Message}";

    /// <summary>Describes a change's subject, with what tells it apart from other findings for the same subject.</summary>
    public static string Subject(FindingChange change) =>
        change.Discriminator is { } by ? $"{change.Subject} ({by})" : change.Subject.ToString();

    /// <summary>Describes how many findings made each transition, for example <c>not-applicable -> breach (2)</c>.</summary>
    public static string Transitions(IEnumerable<(OutcomeTransition Transition, int Count)> transitions) =>
        string.Join(", ", transitions.Select(pair => $"{pair.Transition.Describe()} ({pair.Count})"));

    /// <summary>Gets the <c>--with</c> options that give a drafted version, naming each draft by its file name only.</summary>
    public static string DraftOptions(RulesetVersion version) =>
        version.IsDraft ? string.Concat(version.OwnModifications.Select(draft => $" --with {Path.GetFileName(draft.File)}")) : string.Empty;

    /// <summary>Describes a text difference of one field.</summary>
    public static string Field(string? text) => text switch
    {
        null => "(absent)",
        "" => "(empty)",
        _ => text,
    };
}
