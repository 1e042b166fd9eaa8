using SecRules.Versioning;

namespace SecRules.Cli.Reports;

/// <summary>What <c>rulesets</c> lists: the versions of a ruleset library.</summary>
/// <param name="Library">The library.</param>
internal sealed record RulesetsReport(RulesetLibrary Library);
