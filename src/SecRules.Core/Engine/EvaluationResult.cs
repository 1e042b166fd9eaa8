using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Engine;

/// <summary>The findings of one evaluation under one ruleset version, with its execution receipt.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(ExecutionReceipt receipt, RulesetVersion version, IReadOnlyList<Finding> findings)
    {
        Receipt = receipt;
        Version = version;
        Findings = findings;
    }

    /// <summary>Gets what produced the result.</summary>
    public ExecutionReceipt Receipt { get; }

    /// <summary>Gets the ruleset version evaluated.</summary>
    public RulesetVersion Version { get; }

    /// <summary>Gets the findings, in the version's obligation order, then by subject.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets whether any finding is a <see cref="Outcome.Breach"/>.</summary>
    public bool HasBreach => Findings.Any(finding => finding.Outcome == Outcome.Breach);

    /// <summary>Gets whether any finding is an <see cref="Outcome.EventOfDefaultRisk"/>.</summary>
    public bool HasEventOfDefaultRisk => Findings.Any(finding => finding.Outcome == Outcome.EventOfDefaultRisk);
}
