namespace SecRules.Assurance;

/// <summary>How a reading of the assessment cycle places each year's deadline.</summary>
public enum AssessmentTimingRule
{
    /// <summary>
    /// Fixed cycle years: year n runs from the (n-1)th to the nth anniversary of the cycle's start, and
    /// its assessment's fieldwork falls within it.
    /// </summary>
    CycleYears,

    /// <summary>
    /// Rolling: each assessment's fieldwork falls within a period (12 months) of the fieldwork of the
    /// assessment before it.
    /// </summary>
    Rolling,
}
