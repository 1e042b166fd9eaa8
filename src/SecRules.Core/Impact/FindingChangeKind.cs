namespace SecRules.Impact;

/// <summary>How a finding differs between two evaluations of the same facts.</summary>
public enum FindingChangeKind
{
    /// <summary>Only the second evaluation has the finding.</summary>
    Added,

    /// <summary>Only the first evaluation has the finding.</summary>
    Removed,

    /// <summary>Both have the finding, with different outcomes.</summary>
    OutcomeChanged,
}
