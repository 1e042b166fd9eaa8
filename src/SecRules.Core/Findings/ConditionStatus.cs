namespace SecRules.Findings;

/// <summary>Whether one condition of an Event of Default is met on the facts.</summary>
public enum ConditionStatus
{
    /// <summary>The facts show the condition met.</summary>
    Met,

    /// <summary>The facts show the condition not met, or it is for the Panel alone to decide.</summary>
    NotMet,

    /// <summary>The facts do not say.</summary>
    Unknown,
}
