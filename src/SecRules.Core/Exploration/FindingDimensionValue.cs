namespace SecRules.Exploration;

/// <summary>One value of a <see cref="FindingDimension"/>.</summary>
/// <param name="Label">How reports name the value.</param>
/// <param name="Apply">Adds facts given what the scenario gave under each version; returns false when it has nothing to act on.</param>
public sealed record FindingDimensionValue(string Label, Func<ScenarioBuilder, FindingsOfBothVersions, bool> Apply);
