namespace SecRules.Facts;

/// <summary>
/// Information about an assessment of a Shared Resource Provider given to one of its Shared Resource
/// Users (G10.7, G10.8).
/// </summary>
public sealed record SharedResourceUserInformation : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.SharedResourceUserInformation;

    /// <summary>Gets the id of the assessment of the Shared Resource Provider.</summary>
    public required string Assessment { get; init; }

    /// <summary>Gets the id of the Party (the Shared Resource User) that was given the information.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the date the information was given.</summary>
    public required DateOnly Given { get; init; }
}
