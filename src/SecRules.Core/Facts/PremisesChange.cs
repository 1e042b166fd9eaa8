namespace SecRules.Facts;

/// <summary>A change to a Party's premises counts from a date, for example after SMETS1 enrolment.</summary>
public sealed record PremisesChange
{
    /// <summary>Gets the date from which the new counts apply.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Gets the new Domestic Premises count, or null when it is unchanged.</summary>
    public int? DomesticPremises { get; init; }

    /// <summary>Gets the new Non-Domestic Premises count, or null when it is unchanged.</summary>
    public int? NonDomesticPremises { get; init; }
}
