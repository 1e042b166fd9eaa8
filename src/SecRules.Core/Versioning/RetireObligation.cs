using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Retires an obligation in force.</summary>
internal sealed class RetireObligation(string obligationId, string reason, SourcePosition position) : ObligationChange(obligationId, position)
{
    public override ChangeKind Kind => ChangeKind.Retire;

    public override string Description => $"retires {ObligationId}: {Reason}";

    public string Reason { get; } = reason;

    internal override void Apply(RulesetState state, Modification modification) =>
        state.Retire(ObligationId, modification, Reason, Position);
}
