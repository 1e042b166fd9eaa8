namespace SecRules.Findings;

/// <summary>Whether one condition of an Event of Default is met on the facts.</summary>
public enum ConditionStatus
{
    /// <summary>The facts show the condition met.</summary>
    Met,

    /// <summary>The facts show the condition not met.</summary>
    NotMet,

    /// <summary>The facts do not say.</summary>
    Unknown,

    /// <summary>
    /// Taken as met because the ruleset data says so, where that data is INFERRED (the materiality of
    /// an obligation, say): an assumption the basis names with its provenance, not a fact.
    /// </summary>
    Assumed,
}
