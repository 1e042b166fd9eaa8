using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>One change a modification makes to one obligation.</summary>
public abstract class ObligationChange
{
    private protected ObligationChange(string obligationId, SourcePosition position)
    {
        ObligationId = obligationId;
        Position = position;
    }

    /// <summary>Gets the id of the obligation changed.</summary>
    public string ObligationId { get; }

    /// <summary>Gets what the change does.</summary>
    public abstract ChangeKind Kind { get; }

    /// <summary>Gets a plain-English description of the change, for example <c>sets minimum-notice to 10 working days</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Gets where the change is written.</summary>
    public SourcePosition Position { get; }

    internal abstract void Apply(RulesetState state, Modification modification);
}
