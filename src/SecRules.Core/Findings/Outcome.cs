namespace SecRules.Findings;

/// <summary>What the engine concluded about one obligation for one subject.</summary>
public enum Outcome
{
    /// <summary>The facts show the obligation met.</summary>
    Compliant,

    /// <summary>The facts show the obligation not met.</summary>
    Breach,

    /// <summary>The obligation does not apply to the subject: not in force in the version evaluated, not triggered, or not yet due.</summary>
    NotApplicable,

    /// <summary>A fact the obligation needs is missing; <see cref="Finding.MissingFacts"/> says which.</summary>
    Undetermined,

    /// <summary>
    /// The conditions of an Event of Default under M8.1(g) may be met. Only the Panel determines that an
    /// Event of Default occurred; the engine never does.
    /// </summary>
    EventOfDefaultRisk,
}
