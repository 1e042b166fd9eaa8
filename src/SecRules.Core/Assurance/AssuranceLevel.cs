namespace SecRules.Assurance;

/// <summary>
/// What an Assurance Status means, independent of the name it was given: MP091 (27 February 2020)
/// reused the name "Deferred" for a less severe status, so rules read names into levels by the date
/// each status was assigned.
/// </summary>
public enum AssuranceLevel
{
    /// <summary>Approved.</summary>
    Approved,

    /// <summary>Approved subject to conditions.</summary>
    ApprovedWithConditions,

    /// <summary>Significant deficiencies needing remediation ("Provisionally Approved" before MP091, "Deferred" after).</summary>
    SignificantDeficiency,

    /// <summary>Severe deficiencies ("Deferred" before MP091, "Rejected" after).</summary>
    SevereDeficiency,
}
