namespace SecRules.Facts;

/// <summary>The kinds of User Security Assessment.</summary>
public enum AssessmentKind
{
    /// <summary>A Full User Security Assessment (G8.16): every obligation of G3 to G6, for every User Role.</summary>
    Full,

    /// <summary>A Verification User Security Assessment: material increases in security risk since the last full assessment.</summary>
    Verification,

    /// <summary>A User Security Self-Assessment (G8.18), carried out by the User and reviewed by the assessor.</summary>
    Self,

    /// <summary>A Follow-up Security Assessment after a status that blocks User Entry.</summary>
    FollowUp,

    /// <summary>An ad-hoc assessment the Security Sub-Committee arranged, for example of a second User System.</summary>
    AdHoc,
}
