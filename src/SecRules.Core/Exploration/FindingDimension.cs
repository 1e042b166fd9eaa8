namespace SecRules.Exploration;

/// <summary>
/// A dimension whose values depend on the findings a scenario gives without them: for example a Panel
/// notice on each material breach. Each generated scenario is evaluated first as it is; each value
/// that applies then gives one more scenario, evaluated in turn.
/// </summary>
/// <param name="Name">The name, in kebab-case.</param>
/// <param name="Description">What the dimension varies, for reports.</param>
/// <param name="Values">The values other than the default, which leaves the scenario as it is.</param>
/// <param name="DefaultLabel">How reports name the default value.</param>
public sealed record FindingDimension(string Name, string Description, IReadOnlyList<FindingDimensionValue> Values, string DefaultLabel = "none");
