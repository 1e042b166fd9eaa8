namespace SecRules.Findings;

/// <summary>One condition of an Event of Default under M8.1(g), and whether the facts meet it.</summary>
/// <param name="Condition">The condition in plain English.</param>
/// <param name="Status">Whether the facts meet it.</param>
/// <param name="Basis">What the status rests on: the facts, the ruleset's data, or the Panel's sole power.</param>
public sealed record EventOfDefaultCondition(string Condition, ConditionStatus Status, string Basis);
