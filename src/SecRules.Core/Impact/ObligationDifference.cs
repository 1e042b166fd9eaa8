using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Impact;

/// <summary>
/// How one obligation's text differs between two ruleset versions (drafts included): whether it is in
/// force, its clause, title, provenance, summary, materiality and parameter values.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ObligationDifference
{
    private ObligationDifference(string obligation, Obligation? before, Obligation? after, IReadOnlyList<TextDifference> differences)
    {
        Obligation = obligation;
        Before = before;
        After = after;
        Differences = differences;
    }

    /// <summary>Gets the id of the obligation.</summary>
    public string Obligation { get; }

    /// <summary>Gets the obligation as the first version has it, or null when that version does not know it.</summary>
    public Obligation? Before { get; }

    /// <summary>Gets the obligation as the second version has it, or null when that version does not know it.</summary>
    public Obligation? After { get; }

    /// <summary>Gets the fields that differ, in a fixed order.</summary>
    public IReadOnlyList<TextDifference> Differences { get; }

    // The public entry is RulesetComparison, which also lists the modifications.
    internal static IReadOnlyList<ObligationDifference> Compare(RulesetVersion from, RulesetVersion to, IEnumerable<string> order)
    {
        var result = new List<ObligationDifference>();
        foreach (var id in order)
        {
            from.TryGetObligation(id, out var before);
            to.TryGetObligation(id, out var after);
            var differences = Compare(Fields(before), Fields(after));
            if (differences.Count > 0)
            {
                result.Add(new ObligationDifference(id, before, after, differences));
            }
        }

        return result;
    }

    /// <summary>Describes the status of an obligation in its version, for example <c>in force</c> or <c>not yet in force: introduced by ...</c>.</summary>
    /// <param name="obligation">The obligation, or null when the version does not know it.</param>
    /// <returns>The description.</returns>
    public static string DescribeStatus(Obligation? obligation) => obligation switch
    {
        null => "unknown to this version",
        { IsInForce: true } => "in force",
        _ => $"{EnumText.Of(obligation.Status).Replace('-', ' ')}: {obligation.StatusNote}",
    };

    private static List<(string Field, string Value)> Fields(Obligation? obligation)
    {
        if (obligation is null)
        {
            return [];
        }

        var fields = new List<(string, string)>
        {
            ("status", DescribeStatus(obligation)),
            ("clause", obligation.Clause),
            ("title", obligation.Title),
            ("provenance", EnumText.Of(obligation.Provenance)),
            ("summary", obligation.Summary ?? string.Empty),
            ("material", Describe(obligation.Material)),
        };
        fields.AddRange(obligation.Parameters.Select(parameter => ($"parameter {parameter.Name}", Describe(parameter))));
        return fields;
    }

    private static string Describe(ParameterValue value) => $"{value.Display} ({EnumText.Of(value.Provenance)})";

    private static List<TextDifference> Compare(List<(string Field, string Value)> before, List<(string Field, string Value)> after)
    {
        var differences = new List<TextDifference>();
        foreach (var field in after.Select(pair => pair.Field).Concat(before.Select(pair => pair.Field)).Distinct(StringComparer.Ordinal))
        {
            var old = before.Where(pair => pair.Field == field).Select(pair => pair.Value).FirstOrDefault();
            var updated = after.Where(pair => pair.Field == field).Select(pair => pair.Value).FirstOrDefault();
            if (!string.Equals(old, updated, StringComparison.Ordinal))
            {
                differences.Add(new TextDifference(field, old, updated));
            }
        }

        return differences;
    }
}
