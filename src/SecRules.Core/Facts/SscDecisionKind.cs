namespace SecRules.Facts;

/// <summary>What the Security Sub-Committee decided about a notified User System (SECMP0057).</summary>
public enum SscDecisionKind
{
    /// <summary>Wait and review the system at the User's next annual assessment.</summary>
    DeferToNextAnnualReview,

    /// <summary>Arrange an ad-hoc review of the system, requested under G8.13.</summary>
    AdHocReview,
}
