using SecRules.Findings;

namespace SecRules.Cli.Reports;

/// <summary>One cell of an evaluation's cross-version grid: the findings of one subject and obligation under one version.</summary>
/// <param name="Findings">The findings; usually one, none when the version gives no finding for the subject.</param>
/// <param name="ObligationInForce">Whether the obligation is in force in that version (not yet introduced, or retired, when false).</param>
internal sealed record OutcomeGridCell(IReadOnlyList<Finding> Findings, bool ObligationInForce)
{
    /// <summary>Gets the distinct outcomes of the cell's findings, in the order of <see cref="Outcome"/>.</summary>
    public IEnumerable<Outcome> Outcomes => Findings.Select(finding => finding.Outcome).Distinct().Order();
}
