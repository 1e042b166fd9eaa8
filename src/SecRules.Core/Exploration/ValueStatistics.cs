namespace SecRules.Exploration;

/// <summary>How many explored scenarios took one value of a dimension, and how many of them differ between the versions.</summary>
/// <param name="Label">The value's label.</param>
/// <param name="Scenarios">How many explored scenarios took the value.</param>
/// <param name="Differing">How many of those give a finding that differs between the versions.</param>
public sealed record ValueStatistics(string Label, long Scenarios, long Differing);
