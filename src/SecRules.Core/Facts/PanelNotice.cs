namespace SecRules.Facts;

/// <summary>
/// A notice from the Panel requiring a Party to remedy a breach by a date: one of the conditions of an
/// Event of Default under M8.1(g).
/// </summary>
public sealed record PanelNotice : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.PanelNotice;

    /// <summary>Gets the id of the Party served.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the date the notice was served.</summary>
    public required DateOnly Served { get; init; }

    /// <summary>Gets the id of the obligation whose breach the notice concerns.</summary>
    public required string Obligation { get; init; }

    /// <summary>Gets the id of the subject of that breach (a User System, an assessment, a non-compliance...).</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the date by which the breach must be remedied, or null when the facts do not give it.</summary>
    public DateOnly? RemedyBy { get; init; }

    /// <summary>
    /// Gets the date the Party remedied the breach, or null when the notice records none; the remedy
    /// recorded on the breached fact itself (see <see cref="Findings.Finding.Remedied"/>) then counts.
    /// </summary>
    public DateOnly? Remedied { get; init; }
}
