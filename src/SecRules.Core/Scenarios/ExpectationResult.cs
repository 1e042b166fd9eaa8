using System.Text;
using SecRules.Engine;
using SecRules.Input;
using SecRules.Versioning;

namespace SecRules.Scenarios;

/// <summary>
/// The outcome of checking one expectation of a scenario against an evaluation: passed or failed,
/// and the diff between the findings expected and those found.
/// </summary>
/// <remarks>Immutable. Built by <see cref="ExpectationCheck"/>.</remarks>
public sealed class ExpectationResult
{
    internal ExpectationResult(Scenario scenario, Expectation expectation, EvaluationResult evaluation, IReadOnlyList<ExpectationDiffLine> diff)
    {
        Scenario = scenario;
        Expectation = expectation;
        Evaluation = evaluation;
        Diff = diff;
    }

    /// <summary>Gets the scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the expectation checked.</summary>
    public Expectation Expectation { get; }

    /// <summary>Gets the evaluation the expectation was checked against.</summary>
    public EvaluationResult Evaluation { get; }

    /// <summary>Gets the version evaluated.</summary>
    public RulesetVersion Version => Evaluation.Version;

    /// <summary>
    /// Gets the diff: each finding expected and found (<see cref="DiffSide.Same"/>), expected and not
    /// found or expected absent and found (<see cref="DiffSide.Expected"/>), and found in its place or
    /// unexpected under <see cref="ExpectationMatch.Exactly"/> (<see cref="DiffSide.Actual"/>), in the
    /// version's obligation order, then by subject.
    /// </summary>
    public IReadOnlyList<ExpectationDiffLine> Diff { get; }

    /// <summary>Gets whether the findings meet the expectation.</summary>
    public bool Passed => Diff.All(line => line.Side == DiffSide.Same);

    /// <summary>Gets a name for the check: the scenario file and the version, as <c>file [version]</c>.</summary>
    public string Name => $"{Scenario.File} [{Version.Id}]";

    /// <summary>
    /// Writes the check as text: a <c>PASS</c> or <c>FAIL</c> line naming the scenario file, version
    /// and scenario, where the expectation is written, and the diff with <c>---</c> expected and
    /// <c>+++</c> actual. Each finding found in place of one expected is followed by its message.
    /// </summary>
    /// <returns>The text, one line per line of the report, each ending with a newline.</returns>
    public string Report()
    {
        var text = new StringBuilder();
        text.Append(Passed ? "PASS " : "FAIL ").Append(Name).Append(": ").Append(Scenario.Name).Append('\n');
        text.Append("expectation at ").Append(Expectation.Position.ToString())
            .Append(" (").Append(Expectation.Selector).Append(", match ").Append(EnumText.Of(Expectation.Match)).Append(")\n");
        text.Append("--- expected\n+++ actual\n");
        if (Diff.Count == 0)
        {
            text.Append("  (no findings expected or found)\n");
        }

        var obligationWidth = Diff.Select(line => line.Obligation.Length).DefaultIfEmpty().Max();
        var subjectWidth = Diff.Select(line => line.Subject.Length).DefaultIfEmpty().Max();
        foreach (var line in Diff)
        {
            text.Append(line.Marker).Append(' ')
                .Append(line.Obligation.PadRight(obligationWidth)).Append("  ")
                .Append(line.Subject.PadRight(subjectWidth)).Append("  ")
                .Append(line.State).Append('\n');
            if (line.Side == DiffSide.Actual && line.Message is { } message)
            {
                text.Append("    # ").Append(message).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Formats the check as <c>PASS file [version]</c> or <c>FAIL file [version]</c>.</summary>
    /// <returns>The formatted check.</returns>
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Name}";
}
