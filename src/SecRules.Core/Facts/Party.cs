namespace SecRules.Facts;

/// <summary>A SEC Party that is a User, or is going through the User Entry Process to become one.</summary>
public sealed record Party : IFact
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public FactKind Kind => FactKind.Party;

    /// <summary>Gets the Party's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the Party Category.</summary>
    public required PartyCategory Category { get; init; }

    /// <summary>Gets the User Roles the Party holds or is entering.</summary>
    public IReadOnlyList<UserRole> Roles { get; init; } = [];

    /// <summary>
    /// Gets the number of Domestic Premises (enrolled SMETS1 and SMETS2 Smart Metering Systems) the
    /// Party serves, from the start of its records until the first <see cref="PremisesChanges"/> entry,
    /// or null when the facts do not give it.
    /// </summary>
    public int? DomesticPremises { get; init; }

    /// <summary>Gets the number of Non-Domestic Premises the Party serves, on the same terms as <see cref="DomesticPremises"/>.</summary>
    public int? NonDomesticPremises { get; init; }

    /// <summary>Gets later changes to the premises counts, each applying from its date.</summary>
    public IReadOnlyList<PremisesChange> PremisesChanges { get; init; } = [];

    /// <summary>Gets the date the Party completed the User Entry Process for its roles, or null while it has not.</summary>
    public DateOnly? UserEntryCompleted { get; init; }

    /// <summary>
    /// Gets the start of the Party's first three-year assessment cycle, or null to start it on
    /// <see cref="UserEntryCompleted"/>.
    /// </summary>
    public DateOnly? AssessmentCycleStart { get; init; }

    /// <summary>Gets whether the Party had completed User Entry on <paramref name="date"/>.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>True when User Entry was completed on or before the date.</returns>
    public bool IsUserOn(DateOnly date) => UserEntryCompleted is { } entered && entered <= date;

    /// <summary>Gets the premises counts that applied on <paramref name="date"/>.</summary>
    /// <param name="date">The date to ask about.</param>
    /// <returns>The domestic and non-domestic counts in force on that date.</returns>
    public PremisesCount PremisesOn(DateOnly date)
    {
        var count = new PremisesCount(DomesticPremises, NonDomesticPremises);
        foreach (var change in PremisesChanges.Where(change => change.From <= date).OrderBy(change => change.From))
        {
            count = new PremisesCount(
                change.DomesticPremises ?? count.Domestic,
                change.NonDomesticPremises ?? count.NonDomestic);
        }

        return count;
    }
}
