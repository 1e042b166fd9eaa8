using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>One change a modification makes to the ruleset: to an obligation, or to the Assurance Status names.</summary>
public abstract class RulesetChange
{
    private protected RulesetChange(SourcePosition position)
    {
        Position = position;
    }

    /// <summary>Gets what the change does.</summary>
    public abstract ChangeKind Kind { get; }

    /// <summary>Gets a plain-English description of the change, for example <c>sets minimum-notice to 10 working days</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Gets where the change is written.</summary>
    public SourcePosition Position { get; }

    internal abstract void Apply(RulesetState state, Modification modification);
}
