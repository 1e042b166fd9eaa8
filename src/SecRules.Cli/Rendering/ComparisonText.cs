using SecRules.Cli.Reports;
using SecRules.Cli.Rendering.Text;
using SecRules.Exploration;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Cli.Rendering;

/// <summary>The phrases the reports share across formats, so that every format says the same thing.</summary>
internal static class ComparisonText
{
    /// <summary>Says what it means for a scenario to reach an obligation, as coverage reports explain it.</summary>
    public const string Reached = "An obligation is reached when some scenario gives a finding of it other than not-applicable.";

    /// <summary>Says how much of the space was explored.</summary>
    public static string Explored(ExplorationResult result) =>
        $"Explored {TextFormat.Number(result.Explored)} of {TextFormat.Number(result.Space.Count)} generated scenarios"
        + (result.IsLimited ? " (limited, spread evenly over the space)" : string.Empty)
        + $", {TextFormat.Number(result.Evaluated)} evaluated with those derived from findings, at {TextFormat.Date(result.Space.EvaluationDate)}: "
        + $"{TextFormat.Number(result.Differing)} give a finding that differs, in {TextFormat.Number(result.Classes.Count)} class{(result.Classes.Count == 1 ? string.Empty : "es")}.";

    /// <summary>
    /// Names the outcomes of a cell of an evaluation's grid, short enough for a column: <c>not in force</c>
    /// for a version without the obligation, <c>-</c> for no finding.
    /// </summary>
    public static string GridCell(OutcomeGridCell cell) =>
        cell.Findings.Count == 0 ? "-" : string.Join("/", cell.Outcomes.Select(outcome => outcome switch
        {
            Outcome.NotApplicable when !cell.ObligationInForce => "not in force",
            Outcome.NotApplicable => "n/a",
            Outcome.EventOfDefaultRisk => "EoD risk",
            _ => EnumText.Of(outcome),
        }));

    /// <summary>Writes a count with its noun, plural when it is not one.</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Lists items separated by commas, or <c>none</c>.</summary>
    public static string List(IEnumerable<string> items) => string.Join(", ", items.DefaultIfEmpty("none"));

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

    /// <summary>Writes a row of a multi-line value that changes after its <c>-</c> or <c>+</c>, its indentation kept, or says how many rows stay the same.</summary>
    public static string Row(RowChange row) => row.Kind switch
    {
        RowChangeKind.Removed => $"- {row.Text}",
        RowChangeKind.Added => $"+ {row.Text}",
        _ => $"  ({Count(row.Count, "row")} the same)",
    };

    /// <summary>Describes a text difference of one field.</summary>
    public static string Field(string? text) => text switch
    {
        null => "(absent)",
        "" => "(empty)",
        _ => text,
    };
}
