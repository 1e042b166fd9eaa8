using SecRules.Engine;
using SecRules.Scenarios;
using SecRules.Versioning;

namespace SecRules.Impact;

/// <summary>
/// What changes between two ruleset versions (a draft applied over a version included): the
/// obligations whose text differs, and for each scenario the findings added, removed, or whose
/// outcome changed, with a summary by obligation. Identical versions give an empty diff.
/// </summary>
/// <example>
/// <code>
/// var from = library.Get("post-secmp0044");
/// var to = library.Get("post-secmp0057");
/// var diff = VersionDiff.Compute(engine, from, to, scenarios);
/// foreach (var change in diff.Scenarios.SelectMany(scenario => scenario.Changes))
///     Console.WriteLine(change);
/// </code>
/// </example>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class VersionDiff
{
    private VersionDiff(RulesetComparison text, IReadOnlyList<ScenarioComparison> scenarios)
    {
        Text = text;
        Scenarios = scenarios;
        Summary = [.. text.ObligationOrder
            .Select(obligation => new ObligationChangeSummary(obligation, scenarios))
            .Where(summary => summary.Scenarios > 0)];
    }

    /// <summary>Gets the first version.</summary>
    public RulesetVersion From => Text.From;

    /// <summary>Gets the second version.</summary>
    public RulesetVersion To => Text.To;

    /// <summary>Gets how the text of the two versions differs.</summary>
    public RulesetComparison Text { get; }

    /// <summary>Gets every scenario compared, in the order given, with its changes (possibly none).</summary>
    public IReadOnlyList<ScenarioComparison> Scenarios { get; }

    /// <summary>Gets, for each obligation with a change in some scenario, how its findings changed; in the second version's obligation order.</summary>
    public IReadOnlyList<ObligationChangeSummary> Summary { get; }

    /// <summary>Gets whether nothing differs: neither the text nor any finding's outcome.</summary>
    public bool IsEmpty => Text.IsEmpty && Scenarios.All(scenario => scenario.Changes.Count == 0);

    /// <summary>Evaluates each scenario at its own evaluation date under both versions and compares them.</summary>
    /// <param name="engine">The engine; both versions must belong to its ruleset library (drafts of them included).</param>
    /// <param name="from">The first version.</param>
    /// <param name="to">The second version.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <returns>The diff.</returns>
    public static VersionDiff Compute(ComplianceEngine engine, RulesetVersion from, RulesetVersion to, IEnumerable<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(scenarios);
        var compared = scenarios
            .Select(scenario => new ScenarioComparison(
                scenario,
                engine.Evaluate(scenario.Facts, scenario.EvaluationDate, from),
                engine.Evaluate(scenario.Facts, scenario.EvaluationDate, to)))
            .ToList();
        return new VersionDiff(new RulesetComparison(from, to), compared);
    }
}
