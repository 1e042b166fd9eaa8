using SecRules.Findings;

namespace SecRules.Versioning;

/// <summary>A run of years of a Working Day calendar and where their bank holidays come from.</summary>
/// <param name="From">The first year.</param>
/// <param name="To">The last year.</param>
/// <param name="Provenance">READ when checked against a published list; INFERRED when computed from the standing rules.</param>
/// <param name="Source">The source, if any.</param>
/// <param name="Note">A note on the years, if any.</param>
public sealed record CalendarYears(int From, int To, Provenance Provenance, string? Source, string? Note);
