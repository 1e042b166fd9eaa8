namespace SecRules.Facts;

/// <summary>The Security Sub-Committee's decision on a notification of a second or subsequent User System.</summary>
public sealed record SscDecision : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.SscDecision;

    /// <summary>Gets the id of the notification decided on.</summary>
    public required string Notification { get; init; }

    /// <summary>Gets the date of the decision.</summary>
    public required DateOnly Decided { get; init; }

    /// <summary>Gets what the Security Sub-Committee decided.</summary>
    public required SscDecisionKind Decision { get; init; }

    /// <summary>
    /// Gets the id of the assessment of a Shared Resource Provider that the Security Sub-Committee
    /// considered enough, until the next annual review, for the notified system to rely on; null when
    /// the decision records no such reliance.
    /// </summary>
    public string? ProviderAssessment { get; init; }
}
