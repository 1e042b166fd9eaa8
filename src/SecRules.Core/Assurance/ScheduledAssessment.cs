namespace SecRules.Assurance;

/// <summary>The kind of assessment a cycle year calls for, or that the sources leave it unknown.</summary>
public enum ScheduledAssessment
{
    /// <summary>A Full User Security Assessment.</summary>
    Full,

    /// <summary>A Verification User Security Assessment (or anything fuller).</summary>
    Verification,

    /// <summary>A User Security Self-Assessment (or anything fuller).</summary>
    Self,

    /// <summary>The sources do not say; an evaluation that needs the cell is Undetermined, never a guess.</summary>
    Unknown,
}
