namespace SecRules.Facts;

/// <summary>A User System: the systems a User employs to send Service Requests and handle DCC responses.</summary>
/// <remarks>
/// The SEC definition of a User System was not available to the project; the caller decides what
/// counts as one, and states it as this fact.
/// </remarks>
public sealed record UserSystem : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.UserSystem;

    /// <summary>Gets the id of the Party that employs the system.</summary>
    public required string Owner { get; init; }

    /// <summary>Gets the id of the Shared Resource Provider that provides the system, or null when it is provided in-house.</summary>
    public string? SharedResourceProvider { get; init; }

    /// <summary>Gets when the Party first employed the system, or null when it has not yet.</summary>
    public FactTime? FirstEmployed { get; init; }

    /// <summary>Gets the date the Party plans to begin employing the system, when it has not yet.</summary>
    public DateOnly? PlannedFirstUse { get; init; }

    /// <summary>Gets the id of the User System this one replaces, if any.</summary>
    public string? Replaces { get; init; }

    /// <summary>Gets whether a Shared Resource Provider provides the system.</summary>
    public bool IsSharedResource => SharedResourceProvider is not null;

    /// <summary>Gets whether the system had been employed on <paramref name="date"/>.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>True when the system was first employed on or before the date.</returns>
    public bool IsEmployedOn(DateOnly date) => FirstEmployed is { } first && first.Date <= date;
}
