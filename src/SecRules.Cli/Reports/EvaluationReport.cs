using SecRules.Engine;
using SecRules.Scenarios;

namespace SecRules.Cli.Reports;

/// <summary>What <c>evaluate</c> found: one scenario's findings under each version evaluated.</summary>
/// <param name="Scenario">The scenario evaluated.</param>
/// <param name="Results">One result per version, in the order versions are reported.</param>
internal sealed record EvaluationReport(Scenario Scenario, IReadOnlyList<EvaluationResult> Results);
