using SecRules.Versioning;

namespace SecRules.Cli.Reports;

/// <summary>What <c>rulesets show</c> lists: one version's status names and obligations with their data.</summary>
/// <param name="Version">The version.</param>
internal sealed record RulesetReport(RulesetVersion Version);
