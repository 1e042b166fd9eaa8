using SecRules.Cli.Reports.Timelines;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Cli.Reports;

/// <summary>
/// What <c>evaluate</c> found: one scenario's findings under each version evaluated, and the answer
/// first, as a grid of each subject's outcome by obligation, one column per version.
/// </summary>
internal sealed record EvaluationReport
{
    public EvaluationReport(Scenario scenario, IReadOnlyList<EvaluationResult> results)
    {
        Scenario = scenario;
        Results = results;
        Grid = BuildGrid(results);
        Timelines = UserTimeline.Of(scenario.Facts, scenario.EvaluationDate, results.Select(result => result.Version));
    }

    /// <summary>Gets the scenario evaluated.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets one result per version, in the order versions are reported.</summary>
    public IReadOnlyList<EvaluationResult> Results { get; }

    /// <summary>Gets the grid: one row per subject and obligation, grouped by subject in the order findings first name them.</summary>
    public IReadOnlyList<OutcomeGridRow> Grid { get; }

    /// <summary>Gets the timeline of each User of the scenario, against the dates the versions evaluated took effect.</summary>
    public IReadOnlyList<UserTimeline> Timelines { get; }

    /// <summary>Gets the version of those evaluated that was in force on the evaluation date, if any was.</summary>
    public RulesetVersion? InForceOnEvaluationDate =>
        Results.Select(result => result.Version)
            .Where(version => !IsNotYetInForce(version))
            .MaxBy(version => version.EffectiveFrom ?? DateOnly.MinValue);

    /// <summary>Gets whether a version took effect only after the evaluation date, so that its findings read the facts under a text not yet in force.</summary>
    public bool IsNotYetInForce(RulesetVersion version) => version.EffectiveFrom > Scenario.EvaluationDate;

    private static List<OutcomeGridRow> BuildGrid(IReadOnlyList<EvaluationResult> results)
    {
        var keys = results
            .SelectMany(result => result.Findings)
            .Select(finding => (finding.Subject, finding.Obligation, finding.Concerning))
            .Distinct()
            .ToList();
        var subjects = keys.Select(key => key.Subject).Distinct().ToList();
        return [.. keys
            .OrderBy(key => subjects.IndexOf(key.Subject))
            .Select(key => new OutcomeGridRow(key.Subject, key.Obligation, [.. results.Select(result => Cell(result, key))]) { Concerning = key.Concerning })];
    }

    private static OutcomeGridCell Cell(EvaluationResult result, (FactRef Subject, string Obligation, FactRef? Concerning) key) =>
        new(
            [.. result.Findings.Where(finding => finding.Subject == key.Subject && finding.Obligation == key.Obligation && finding.Concerning == key.Concerning)],
            result.Version.TryGetObligation(key.Obligation, out var text) && text.IsInForce);
}
