using SecRules.Impact;

namespace SecRules.Exploration.Evaluation;

/// <summary>What one explored scenario gave: the outcome transitions of the findings that differ, and the findings of each version.</summary>
/// <param name="Transitions">Each transition once; empty when the versions agree.</param>
/// <param name="Findings">Builds the findings of both versions, for dimensions derived from findings.</param>
internal sealed record ScenarioEvaluation(IReadOnlyCollection<OutcomeTransition> Transitions, Func<FindingsOfBothVersions> Findings);
