namespace SecRules.Facts;

/// <summary>A User Security Assessment of a Party, a User System or a Shared Resource Provider.</summary>
public sealed record SecurityAssessment : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.Assessment;

    /// <summary>Gets the id of what was assessed: a Party, a User System or a Shared Resource Provider.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the kind of assessment.</summary>
    public required AssessmentKind AssessmentKind { get; init; }

    /// <summary>Gets whether this is the initial Full User Security Assessment taken in the User Entry Process.</summary>
    public bool Initial { get; init; }

    /// <summary>Gets the date the assessor completed fieldwork.</summary>
    public DateOnly? Fieldwork { get; init; }

    /// <summary>Gets the date the User Security Assessment Report (G8.22) was issued.</summary>
    public DateOnly? ReportIssued { get; init; }

    /// <summary>Gets the date the Security Sub-Committee set for the User Security Assessment Response (G8.24).</summary>
    public DateOnly? ResponseDue { get; init; }

    /// <summary>Gets the date the User submitted its Response.</summary>
    public DateOnly? ResponseSubmitted { get; init; }

    /// <summary>Gets the Assurance Status assigned, by the name used when it was assigned.</summary>
    public string? AssuranceStatus { get; init; }

    /// <summary>Gets the date the Assurance Status was assigned.</summary>
    public DateOnly? StatusAssigned { get; init; }

    /// <summary>
    /// Gets the ids of the User Systems the assessment covered, beyond its subject; empty when it
    /// covered none, null when the facts do not record which it covered.
    /// </summary>
    public IReadOnlyList<string>? Covers { get; init; }
}
