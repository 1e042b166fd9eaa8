namespace SecRules.Scenarios;

/// <summary>Which side of an expectation's diff a line belongs to.</summary>
public enum DiffSide
{
    /// <summary>Expected and found: written with a leading space.</summary>
    Same,

    /// <summary>Expected but not found, or expected absent but found: written with a leading <c>-</c>.</summary>
    Expected,

    /// <summary>Found but not expected: written with a leading <c>+</c>.</summary>
    Actual,
}
