namespace SecRules.Facts;

/// <summary>A User's notification to the Security Sub-Committee that it will employ a User System.</summary>
public sealed record SscNotification : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.SscNotification;

    /// <summary>Gets the id of the notifying Party.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the id of the User System notified.</summary>
    public required string UserSystem { get; init; }

    /// <summary>Gets when the notification was sent.</summary>
    public required FactTime Sent { get; init; }
}
