namespace SecRules.Rulesets.Obligations;

/// <summary>Where a User System stands against the SECMP0057 duty for second or subsequent User Systems.</summary>
internal enum SubsequentSystemStanding
{
    /// <summary>The duty applies: a second or subsequent system, first employed after the User satisfactorily completed its initial assessment.</summary>
    Subsequent,

    /// <summary>Not a second or subsequent system, or not one the duty reaches (the reason says which).</summary>
    OutsideTheDuty,

    /// <summary>Whether the duty applies cannot be known from the facts or the sources (the reason and the missing facts say why).</summary>
    Unknown,
}
