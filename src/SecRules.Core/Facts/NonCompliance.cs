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

    /// <summary>Gets whether the assessment found the non-compliance material.</summary>
    public bool Material { get; init; }

    /// <summary>Gets the id of the User System concerned, if the non-compliance concerns one.</summary>
    public string? UserSystem { get; init; }

    /// <summary>Gets the date by which it must be remedied.</summary>
    public DateOnly? RemedyBy { get; init; }

    /// <summary>Gets the date it was remedied.</summary>
    public DateOnly? Remedied { get; init; }
}
