using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Exploration;

/// <summary>What a generated scenario gave under each of the two versions explored.</summary>
/// <param name="From">The first version.</param>
/// <param name="To">The second version.</param>
/// <param name="Before">The findings under the first version.</param>
/// <param name="After">The findings under the second version.</param>
public sealed record FindingsOfBothVersions(RulesetVersion From, RulesetVersion To, IReadOnlyList<Finding> Before, IReadOnlyList<Finding> After);
