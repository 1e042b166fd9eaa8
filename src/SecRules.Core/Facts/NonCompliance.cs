namespace SecRules.Facts;

/// <summary>A non-compliance with Sections G3 to G6 that a User Security Assessment found.</summary>
public sealed record NonCompliance : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.NonCompliance;

    /// <summary>Gets the id of the assessment that found it.</summary>
    public required string Assessment { get; init; }

    /// <summary>Gets the clause breached, as the assessment report cites it (for example G3.5).</summary>
    public required string Clause { get; init; }

    /// <summary>
    /// Gets whether the assessment found the non-compliance material, or null when the facts do not
    /// say. Materiality does not change that the non-compliance is a breach; it is evidence for the
    /// "material breach" condition of an Event of Default, which the Panel judges.
    /// </summary>
    public bool? Material { get; init; }

    /// <summary>Gets the id of the User System concerned, if the non-compliance concerns one.</summary>
    public string? UserSystem { get; init; }

    /// <summary>
    /// Gets the date by which the User committed to remedy it, in its User Security Assessment
    /// Response or remediation plan, or the date the SSC set; null when the facts do not give one.
    /// </summary>
    public DateOnly? RemedyBy { get; init; }

    /// <summary>Gets the date it was remedied, or null while it has not been.</summary>
    public DateOnly? Remedied { get; init; }
}
