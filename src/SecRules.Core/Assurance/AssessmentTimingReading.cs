using SecRules.Findings;
using SecRules.Versioning;

namespace SecRules.Assurance;

/// <summary>
/// One reading of when a User's assessments fall due, from a date: the Code as first encoded, or a
/// later reading of it such as the SSC's in a version of the Security Controls Framework.
/// </summary>
public sealed record AssessmentTimingReading
{
    /// <summary>Gets the reading's id, as findings and <c>rulesets show</c> name it.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the first deadline the reading governs, or null for the first reading, which has no start:
    /// a year is read by the latest reading that has taken effect by the deadline it would set.
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>Gets how the reading places each year's deadline.</summary>
    public required AssessmentTimingRule Rule { get; init; }

    /// <summary>Gets, for a <see cref="AssessmentTimingRule.Rolling"/> reading, how long after the previous fieldwork the next assessment is due.</summary>
    public Period? Within { get; init; }

    /// <summary>Gets the clause the reading rests on, if the source names one.</summary>
    public string? Clause { get; init; }

    /// <summary>Gets where the reading comes from.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>Gets the source id, if any.</summary>
    public string? Source { get; init; }

    /// <summary>Gets a note on the reading, if any.</summary>
    public string? Note { get; init; }
}
