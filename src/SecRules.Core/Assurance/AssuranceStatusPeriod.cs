using SecRules.Findings;

namespace SecRules.Assurance;

/// <summary>The Assurance Status names in use from a date until the next period starts.</summary>
/// <param name="From">The first date the names apply to, or null for the baseline's names, which have no start.</param>
/// <param name="Names">The names and what they mean.</param>
/// <param name="Provenance">Where the names come from.</param>
/// <param name="Source">The source id, if any.</param>
/// <param name="Note">A note on the names.</param>
/// <param name="SetBy">The modification that introduced the names, or <c>baseline</c>.</param>
public sealed record AssuranceStatusPeriod(
    DateOnly? From,
    IReadOnlyList<AssuranceStatusName> Names,
    Provenance Provenance,
    string? Source,
    string? Note,
    string SetBy);
