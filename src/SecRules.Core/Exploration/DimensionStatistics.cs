namespace SecRules.Exploration;

/// <summary>
/// For one dimension, how the explored scenarios spread over its values and where the versions differ.
/// A value with scenarios and none differing is one the change of text does not reach.
/// </summary>
/// <param name="Dimension">The dimension's name.</param>
/// <param name="Description">What the dimension varies.</param>
/// <param name="Values">Each value in order, counted over the scenarios where the dimension applies.</param>
public sealed record DimensionStatistics(string Dimension, string Description, IReadOnlyList<ValueStatistics> Values);
