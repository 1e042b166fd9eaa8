namespace SecRules.Impact;

/// <summary>One field of an obligation whose text differs between two ruleset versions.</summary>
/// <param name="Field">The field: <c>status</c>, <c>clause</c>, <c>title</c>, <c>provenance</c>, <c>summary</c>, <c>material</c>, or <c>parameter NAME</c>.</param>
/// <param name="Before">The field as the first version writes it, or null when that version does not have it.</param>
/// <param name="After">The field as the second version writes it, or null when that version does not have it.</param>
public sealed record TextDifference(string Field, string? Before, string? After);
