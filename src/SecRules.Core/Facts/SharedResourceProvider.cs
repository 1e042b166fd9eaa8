namespace SecRules.Facts;

/// <summary>
/// A Shared Resource Provider: a provider of User System capability shared by several Users, which
/// since SECMP0044 can itself be the subject of a User Security Assessment.
/// </summary>
public sealed record SharedResourceProvider : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.SharedResourceProvider;

    /// <summary>Gets the provider's name.</summary>
    public required string Name { get; init; }
}
