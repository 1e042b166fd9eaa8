using SecRules.Engine;
using SecRules.Scenarios;

namespace SecRules.Impact;

/// <summary>One scenario evaluated under two ruleset versions, and the findings that differ.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ScenarioComparison
{
    internal ScenarioComparison(Scenario scenario, EvaluationResult before, EvaluationResult after)
    {
        Scenario = scenario;
        Before = before;
        After = after;
        Changes = FindingDiff.Compare(before.Findings, after.Findings);
    }

    /// <summary>Gets the scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the result under the first version.</summary>
    public EvaluationResult Before { get; }

    /// <summary>Gets the result under the second version.</summary>
    public EvaluationResult After { get; }

    /// <summary>Gets the findings added, removed, or whose outcome changed.</summary>
    public IReadOnlyList<FindingChange> Changes { get; }
}
