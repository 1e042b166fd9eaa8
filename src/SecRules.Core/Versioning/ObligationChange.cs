using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>One change a modification makes to one obligation.</summary>
public abstract class ObligationChange : RulesetChange
{
    private protected ObligationChange(string obligationId, SourcePosition position)
        : base(position)
    {
        ObligationId = obligationId;
    }

    /// <summary>Gets the id of the obligation changed.</summary>
    public string ObligationId { get; }
}
