namespace SecRules.Versioning;

/// <summary>Whether an obligation is part of the legal text in a ruleset version.</summary>
public enum ObligationStatus
{
    /// <summary>The obligation is in force in the version.</summary>
    InForce,

    /// <summary>A later modification introduces the obligation; in this version it has no effect.</summary>
    NotYetInForce,

    /// <summary>A modification up to this version retired the obligation.</summary>
    Retired,
}
