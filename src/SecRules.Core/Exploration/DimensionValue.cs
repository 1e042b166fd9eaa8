namespace SecRules.Exploration;

/// <summary>One value of a <see cref="Dimension"/>: a label, what it does to the facts, and the tags later dimensions can require.</summary>
/// <param name="Label">How reports name the value, for example <c>the day before first use</c>.</param>
/// <param name="Apply">Adds or changes facts; null for a value that leaves them as they are.</param>
/// <param name="Tags">What the value makes true that a later dimension may require, for example <c>notified</c>.</param>
public sealed record DimensionValue(string Label, Action<ScenarioBuilder>? Apply = null, params string[] Tags);
