using SecRules.Input;

namespace SecRules.Versioning;

/// <summary>Replaces the whole definition of an obligation in force.</summary>
internal sealed class ReplaceObligation(ObligationText text, SourcePosition position) : ObligationChange(text.Id, position)
{
    public override ChangeKind Kind => ChangeKind.Replace;

    public override string Description => $"replaces {Text.Id} ({Text.Clause})";

    public ObligationText Text { get; } = text;

    internal override void Apply(RulesetState state, Modification modification) =>
        state.Change(ObligationId, modification, Position, "replace", _ => Text);
}
